using System.Data.Common;

namespace VanBinnenuit.ApiKit.Problems;

/// <summary>
/// Whether an exception means the database is away for a while (down, restarting, connection lost), not
/// that the request or the code is wrong: an API answers 503 and a consumer waits it out rather than
/// setting the message aside.
/// </summary>
public static class DatabaseFaults
{
    /// <summary>
    /// A transient database fault anywhere in the chain (EF wraps the driver's exception, sometimes twice):
    /// the driver says so itself through <see cref="DbException.IsTransient"/>, or the server says it is going
    /// away. Npgsql does not count the server's own shutdown notices as transient, yet they are what a client
    /// sees while PostgreSQL restarts: when one server process dies, the postmaster ends every other session
    /// with 57P02 (crash shutdown); a stop ends them with 57P01 (admin shutdown); class 08 is a connection lost.
    /// </summary>
    public static bool Unavailable(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is DbException { IsTransient: true } or DbException { SqlState: "57P01" or "57P02" or "57P03" or ['0', '8', _, _, _] })
            {
                return true;
            }
        }
        return false;
    }
}
