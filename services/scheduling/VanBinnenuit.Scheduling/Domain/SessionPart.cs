namespace VanBinnenuit.Scheduling.Domain;

/// <summary>The place of a session in the series' build-up.</summary>
public enum SessionPart
{
    /// <summary>Session 1: introduction and trust.</summary>
    IntroductionAndTrust = 1,
    /// <summary>Session 2: deepening the theme.</summary>
    DeepeningTheTheme = 2,
    /// <summary>Session 3: reflection and next steps.</summary>
    ReflectionAndNextSteps = 3,
}
