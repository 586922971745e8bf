"""Conversions between binary data and ASCII encodings (base64, hex,
quoted-printable's building blocks) and the CRC checksums.

Written for weft in Python; the Base64 loops (_binascii) and the
checksums (_zlib) are Go.
"""

import _binascii
import _zlib

__all__ = (
    "Error", "Incomplete", "a2b_base64", "b2a_base64", "a2b_hex", "b2a_hex",
    "hexlify", "unhexlify", "crc32", "crc_hqx",
)


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _ascii_input(data):
    """a2b_* accept bytes-like objects and ASCII-only str."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    if isinstance(data, (bytes, bytearray)):
        return data
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def _bytes_input(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data.

    Characters outside the alphabet are skipped unless strict_mode; the
    first completed padding ends the data."""
    out = _binascii.a2b_base64(_ascii_input(data), bool(strict_mode))
    if isinstance(out, str):
        raise Error(out)
    return out


def b2a_base64(data, /, *, newline=True):
    """Base64-code binary data; a newline ends the line unless
    newline=False."""
    return _binascii.b2a_base64(_bytes_input(data), bool(newline))


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data, optionally with sep
    between every bytes_per_sep bytes (counted from the right; from the
    left when negative)."""
    data = _bytes_input(data)
    if sep is None:
        return bytes(data).hex().encode("ascii")
    return bytes(data).hex(sep, bytes_per_sep).encode("ascii")


hexlify = b2a_hex


def a2b_hex(hexstr, /):
    """Binary data of the hexadecimal representation hexstr (an even
    number of hex digits)."""
    data = _ascii_input(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(data), 2):
        hi, lo = _hexval(data[i]), _hexval(data[i + 1])
        if hi < 0 or lo < 0:
            raise Error("Non-hexadecimal digit found")
        out.append(hi << 4 | lo)
    return bytes(out)


unhexlify = a2b_hex


def _hexval(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return -1


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    return _zlib.crc32(_bytes_input(data), crc & 0xFFFFFFFF)


def crc_hqx(data, crc, /):
    """Compute CRC-CCITT incrementally."""
    return _zlib.crc_hqx(_bytes_input(data), crc & 0xFFFF)
