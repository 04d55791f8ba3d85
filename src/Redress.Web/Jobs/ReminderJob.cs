namespace Redress.Web.Jobs;

/// <summary>Runs the reminders at start and then every Reminders:IntervalMinutes (15 by default); Reminders:Enabled=false turns it off.</summary>
public sealed class ReminderJob(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<ReminderJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Reminders:Enabled", true))
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(configuration.GetValue("Reminders:IntervalMinutes", 15)), clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var sent = await scope.ServiceProvider.GetRequiredService<Reminders>().RunAsync(stoppingToken);
                if (sent > 0)
                {
                    logger.LogInformation("Sent {Count} deadline reminders", sent);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed run (mail server down) is retried at the next tick; claims left unsent are picked up then.
                logger.LogError(e, "The reminder run failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
