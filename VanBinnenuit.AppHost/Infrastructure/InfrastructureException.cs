namespace VanBinnenuit.AppHost.Infrastructure;

/// <summary>A prerequisite is missing; the message says what and how to get it, and is shown without a stack trace.</summary>
public sealed class InfrastructureException(string message) : Exception(message);
