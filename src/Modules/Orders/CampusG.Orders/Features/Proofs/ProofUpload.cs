using CampusG.Orders.Domain;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http;

namespace CampusG.Orders.Features;

/// <summary>A validated proof upload: the image bytes, their detected type and the kind.</summary>
internal sealed record ProofUpload(byte[] Bytes, string ContentType, string Kind)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>The request body limit of the upload route: the file plus room for the multipart framing.</summary>
    public const long MaxRequestBytes = MaxBytes + (64 * 1024);

    /// <summary>Reads the multipart form; every problem (no form, no file, too big, not an image, bad kind) is a 400 entry.</summary>
    public static async Task<ProofUpload> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw ApiErrors.Validation(("file", "is required: send multipart/form-data with fields file and kind."));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is BadHttpRequestException or InvalidDataException or IOException)
        {
            throw ApiErrors.Validation(("file", $"must be at most {MaxBytes} bytes in a well-formed multipart body."));
        }

        var failures = new List<(string, string)>();
        var kind = form["kind"] is [var single] && Proof.IsKind(single) ? single : null;
        if (kind is null)
        {
            failures.Add(("kind", "must be receipt or delivery (the runner) or issue (the customer)."));
        }

        var (bytes, contentType) = await ReadFileAsync(form.Files.GetFile("file"), failures, cancellationToken);
        return failures.Count > 0 ? throw ApiErrors.Validation([.. failures]) : new ProofUpload(bytes!, contentType!, kind!);
    }

    private static async Task<(byte[]?, string?)> ReadFileAsync(IFormFile? file, List<(string, string)> failures, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            failures.Add(("file", "is required (a JPEG, PNG or WebP image)."));
            return (null, null);
        }

        if (file.Length > MaxBytes)
        {
            failures.Add(("file", $"must be at most {MaxBytes} bytes (5 MB); got {file.Length}."));
            return (null, null);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var contentType = ImageTypes.Detect(bytes);
        if (contentType is null)
        {
            failures.Add(("file", "must be a JPEG, PNG or WebP image."));
        }

        return (bytes, contentType);
    }
}
