using CampusG.Messaging;

namespace CampusG.Victim.Contracts;

[Message("victim.poked")]
public sealed record VictimPoked(Guid VictimId);
