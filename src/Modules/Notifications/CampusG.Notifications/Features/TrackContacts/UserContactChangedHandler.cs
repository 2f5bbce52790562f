using CampusG.Messaging;
using CampusG.Notifications.Domain;
using CampusG.Notifications.Persistence;
using CampusG.Users.Contracts;

namespace CampusG.Notifications.Features;

/// <summary>Keeps Notifications' copy of a user's e-mail and phone (repeated at each sign-in; the last one wins).</summary>
internal sealed class UserContactChangedHandler(NotificationsDbContext db, TimeProvider time) : IMessageHandler<UserContactChanged>
{
    public async Task HandleAsync(UserContactChanged message, IMessageContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var contact = await db.Contacts.FindAsync([message.UserId], cancellationToken);
        if (contact is null)
        {
            contact = NotificationContact.Create(message.UserId, now);
            db.Contacts.Add(contact);
        }

        if (contact.Email != message.Email || contact.PhoneNumber != message.PhoneNumber)
        {
            contact.Update(message.Email, message.PhoneNumber, now);
        }
    }
}
