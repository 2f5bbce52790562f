namespace CampusG.Web.Session;

/// <summary>Marks a page that works signed out (sign in, sign up); every other page sends a signed-out visitor to sign in.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublicPageAttribute : Attribute;
