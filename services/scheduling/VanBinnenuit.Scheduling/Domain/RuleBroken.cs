namespace VanBinnenuit.Scheduling.Domain;

/// <summary>A planning rule a request would break: where (the field), and why, in words a planner understands.</summary>
public sealed record RuleBroken(string Field, string Reason);
