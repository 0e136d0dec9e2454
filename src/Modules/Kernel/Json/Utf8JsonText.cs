using System.Buffers;
using System.Buffers.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Leasing.Kernel.Json;

/// <summary>
/// A JSON text built by hand into one pooled buffer, for the few answers whose shape is fixed and whose writing is most
/// of their cost (the pricing simulator's schedule). The caller gives the punctuation and property name before each
/// value as a UTF-8 literal; this writes the values exactly as System.Text.Json writes them, so such an answer can be checked byte for
/// byte against the serialiser. Dispose returns the buffer to the pool.
/// </summary>
public sealed class Utf8JsonText : IDisposable
{
    private byte[] _buffer;
    private int _length;

    public Utf8JsonText(int initialCapacity = 8192) => _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _length);

    public Utf8JsonText Raw(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(Reserve(utf8.Length));
        _length += utf8.Length;
        return this;
    }

    /// <summary><paramref name="prefix"/> (the punctuation and property name before the value), then the value.</summary>
    public Utf8JsonText Field(ReadOnlySpan<byte> prefix, int value)
    {
        var span = Reserve(prefix.Length + 11);
        prefix.CopyTo(span);
        Utf8Formatter.TryFormat(value, span[prefix.Length..], out var written);
        _length += prefix.Length + written;
        return this;
    }

    /// <summary>The amount as the serialiser writes a decimal: every digit of its scale ("12000.00", "0.040").</summary>
    public Utf8JsonText Field(ReadOnlySpan<byte> prefix, decimal value)
    {
        var span = Reserve(prefix.Length + Utf8Decimal.MaxLength);
        prefix.CopyTo(span);
        _length += prefix.Length + Utf8Decimal.Format(value, span[prefix.Length..]);
        return this;
    }

    public Utf8JsonText Field(ReadOnlySpan<byte> prefix, decimal? value) =>
        value is { } number ? Field(prefix, number) : Raw(prefix).Raw("null"u8);

    public Utf8JsonText Field(ReadOnlySpan<byte> prefix, string value) => Raw(prefix).String(value);

    /// <summary>A JSON string, escaped as the serialiser's default encoder does.</summary>
    public Utf8JsonText String(string value)
    {
        if (IsPlainAscii(value))
        {
            var span = Reserve(value.Length + 2);
            span[0] = (byte)'"';
            for (var i = 0; i < value.Length; i++) span[i + 1] = (byte)value[i];
            span[value.Length + 1] = (byte)'"';
            _length += value.Length + 2;
            return this;
        }
        Raw("\""u8).Raw(JsonEncodedText.Encode(value, JavaScriptEncoder.Default).EncodedUtf8Bytes);
        return Raw("\""u8);
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <summary>Letters, digits and spaces: the only characters the default encoder is sure to leave as they are.</summary>
    private static bool IsPlainAscii(string value)
    {
        foreach (var c in value)
            if (!(char.IsAsciiLetterOrDigit(c) || c == ' ')) return false;
        return true;
    }

    private Span<byte> Reserve(int size)
    {
        if (_length + size > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + size));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        return _buffer.AsSpan(_length);
    }
}
