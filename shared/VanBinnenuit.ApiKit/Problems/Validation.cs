using System.Net.Mail;

namespace VanBinnenuit.ApiKit.Problems;

/// <summary>
/// Collects every problem of a request, each with the JSON path of its field, so one answer
/// tells the client all that is wrong. The checks return the cleaned value to store.
/// </summary>
public sealed class Validation
{
    private readonly List<InvalidParam> _invalid = [];

    public IReadOnlyList<InvalidParam> Invalid => _invalid;
    public bool IsValid => _invalid.Count == 0;

    public void Add(string name, string reason) => _invalid.Add(new InvalidParam(name, reason));

    public void AddRange(IEnumerable<InvalidParam> invalid) => _invalid.AddRange(invalid);

    /// <summary>Trimmed text of at most <paramref name="maxLength"/> characters; null when optional and blank.</summary>
    public string? Text(string name, string? value, int maxLength, bool required = true)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            if (required)
            {
                Add(name, "Is required.");
            }
            return null;
        }
        if (trimmed.Length > maxLength)
        {
            Add(name, $"Must be at most {maxLength} characters.");
            return null;
        }
        if (trimmed.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            Add(name, "Must not contain control characters.");
            return null;
        }
        return trimmed;
    }

    public string? Email(string name, string? value, bool required = false)
    {
        var text = Text(name, value, 254, required);
        if (text is not null && (!MailAddress.TryCreate(text, out var address) || address.Address != text || !text.Contains('.', StringComparison.Ordinal)))
        {
            Add(name, "Must be an e-mail address such as naam@voorbeeld.nl.");
            return null;
        }
        return text;
    }

    /// <summary>A phone number as people write it: digits, spaces, +, -, ( and ); 8 to 15 digits.</summary>
    public string? Phone(string name, string? value, bool required = false)
    {
        var text = Text(name, value, 30, required);
        if (text is not null && (text.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')')) || text.Count(char.IsAsciiDigit) is < 8 or > 15))
        {
            Add(name, "Must be a phone number of 8 to 15 digits, such as +31 20 123 4567.");
            return null;
        }
        return text;
    }

    /// <summary>A CBS municipality code such as <c>GM0363</c>, in capitals; null (and no problem) when optional and absent.</summary>
    public string? MunicipalityCode(string name, string? value, bool required = true)
    {
        if (value is null && !required)
        {
            return null;
        }
        if (Vocabulary.CbsCodes.TryParseMunicipality(value?.Trim(), out var code))
        {
            return code;
        }
        Add(name, "Must be a CBS municipality code such as GM0363.");
        return null;
    }

    /// <summary>A code such as <c>ar</c> or <c>lgbt-acceptance</c>: trimmed, lower case, at most 40 characters, matching <paramref name="pattern"/>.</summary>
    public string? Code(string name, string? value, string pattern, string reason)
    {
        var code = value?.Trim().ToLowerInvariant();
        if (code is { Length: <= 40 } && System.Text.RegularExpressions.Regex.IsMatch(code, pattern))
        {
            return code;
        }
        Add(name, reason);
        return null;
    }

    public int? Range(string name, int? value, int min, int max, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                Add(name, "Is required.");
            }
            return null;
        }
        if (value < min || value > max)
        {
            Add(name, $"Must be between {min} and {max}.");
            return null;
        }
        return value;
    }

    /// <summary>
    /// Checks each item of a list (null counts as empty) and returns the accepted ones without
    /// duplicates; <paramref name="check"/> gets the item's path, such as <c>languages[2]</c>.
    /// </summary>
    public List<TOut> List<TIn, TOut>(string name, IReadOnlyList<TIn>? items, int maxCount, Func<string, TIn, TOut?> check, bool required = false)
        where TOut : class
    {
        items ??= [];
        if (items.Count == 0 && required)
        {
            Add(name, "Needs at least one entry.");
        }
        if (items.Count > maxCount)
        {
            Add(name, $"At most {maxCount} entries.");
            return [];
        }
        var accepted = new List<TOut>();
        for (var i = 0; i < items.Count; i++)
        {
            var value = check($"{name}[{i}]", items[i]);
            if (value is not null && !accepted.Contains(value))
            {
                accepted.Add(value);
            }
        }
        return accepted;
    }
}
