namespace VanBinnenuit.Web.Components.Pages.AdviceRequests;

/// <summary>
/// Which moves a page offers from a status. Only a hint for the buttons: the advice-requests service
/// decides, and its refusal (with the moves it allows) is shown if the two ever disagree.
/// </summary>
public static class CaseActions
{
    public static IReadOnlyList<string> From(string status) => status switch
    {
        "submitted" => ["triage", "close"],
        "triaged" => ["assign", "close"],
        "assigned" => ["start", "assign", "close"],
        "in-progress" => ["give-advice", "assign", "close"],
        "advice-given" => ["close"],
        "closed" => ["reopen"],
        _ => [],
    };
}
