// Progressive enhancement only: every page works without this file.
// Live sums: an <output data-sum-of="name-prefix"> shows the sum of the number inputs whose name starts with the prefix.
(function () {
    function update(output) {
        var prefix = output.getAttribute("data-sum-of");
        var total = 0;
        document.querySelectorAll("input[type=number]").forEach(function (input) {
            if (input.name.indexOf(prefix) === 0) {
                var value = parseInt(input.value, 10);
                if (!isNaN(value)) { total += value; }
            }
        });
        output.value = String(total);
        output.textContent = String(total);
    }
    function updateAll() { document.querySelectorAll("output[data-sum-of]").forEach(update); }
    document.addEventListener("input", updateAll);
    document.addEventListener("DOMContentLoaded", updateAll);
})();
