using CampusG.Bench.Peer;

switch (args.FirstOrDefault())
{
    case "run":
        return await RunProgram.RunAsync(args[1..]);
    case "module":
        return await ModuleProgram.RunAsync(args[1..]);
    default:
        Console.WriteLine(PeerOptions.Usage);
        return args.Length == 0 || args[0] is "-h" or "--help" ? 0 : 2;
}
