using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;

namespace CampusG.Receipts.Features;

/// <summary>Receipts in any S3-compatible store (<c>Receipts:S3:*</c>); the bucket is created on first use when missing.</summary>
internal sealed class S3ReceiptStore : IReceiptStore, IDisposable
{
    private readonly AmazonS3Client _client;
    private readonly string _bucket;
    private readonly SemaphoreSlim _bucketGate = new(1, 1);
    private bool _bucketReady;

    public S3ReceiptStore(IOptions<ReceiptsOptions> options)
    {
        var s3 = options.Value.S3;
        var config = new AmazonS3Config
        {
            ServiceURL = s3.ServiceUrl ?? throw new InvalidOperationException("Receipts:S3:ServiceUrl is required when Receipts:Store is S3."),
            ForcePathStyle = s3.ForcePathStyle,
            AuthenticationRegion = s3.Region,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        _client = new AmazonS3Client(new BasicAWSCredentials(s3.AccessKey ?? "", s3.SecretKey ?? ""), config);
        _bucket = s3.Bucket;
    }

    public async Task SaveAsync(string key, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        await EnsureBucketAsync(cancellationToken);
        using var stream = new MemoryStream(content, writable: false);
        await _client.PutObjectAsync(
            new PutObjectRequest { BucketName = _bucket, Key = key, InputStream = stream, ContentType = contentType, UseChunkEncoding = false },
            cancellationToken);
    }

    public async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _client.GetObjectAsync(_bucket, key, cancellationToken);
            using var copy = new MemoryStream();
            await response.ResponseStream.CopyToAsync(copy, cancellationToken);
            return copy.ToArray();
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _bucketGate.Dispose();
    }

    private async Task EnsureBucketAsync(CancellationToken cancellationToken)
    {
        if (_bucketReady)
        {
            return;
        }

        await _bucketGate.WaitAsync(cancellationToken);
        try
        {
            if (!_bucketReady)
            {
                var buckets = await _client.ListBucketsAsync(cancellationToken);
                if (buckets.Buckets?.Any(b => b.BucketName == _bucket) != true)
                {
                    await _client.PutBucketAsync(_bucket, cancellationToken);
                }

                _bucketReady = true;
            }
        }
        finally
        {
            _bucketGate.Release();
        }
    }
}
