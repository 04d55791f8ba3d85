using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Redress.Web.Tests;

/// <summary>A real SMTP server on a free local port (the SmtpServer library): Redress sends to it over TCP with MailKit.</summary>
public sealed class SmtpSink : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public SmtpSink()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(Messages));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    /// <summary>Settings that make Redress send through this server.</summary>
    public void Configure(RedressFactory factory)
    {
        factory.Settings["Mail:Smtp:Host"] = "127.0.0.1";
        factory.Settings["Mail:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.Settings["Mail:Smtp:Security"] = "None";
        factory.Settings["Mail:From"] = "Redress <complaints@example.org>";
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _running.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
        _stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> into) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            into.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
