using CampusG.Host;

var app = CampusGApp.Create(args);
await app.RunAsync();

/// <summary>The entry point; public so tests can name the host's assembly.</summary>
public partial class Program;
