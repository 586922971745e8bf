"""Secure hashes and message digests.

The digests are computed in Go (interp/hashmod, imported as _hashlib);
this module is the Python surface: the hash object class, the named
constructors, new(), pbkdf2_hmac and file_digest.
"""

import _hashlib

__all__ = (
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512",
    "blake2b", "blake2s", "sha3_224", "sha3_256", "sha3_384", "sha3_512",
    "shake_128", "shake_256", "new", "algorithms_guaranteed",
    "algorithms_available", "pbkdf2_hmac", "file_digest",
)

algorithms_guaranteed = frozenset((
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512",
    "blake2b", "blake2s", "sha3_224", "sha3_256", "sha3_384", "sha3_512",
    "shake_128", "shake_256",
))
algorithms_available = frozenset(_hashlib.names())


def _data(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("object supporting the buffer API required")
    return data


class _Hash:
    """A running message digest: feed it with update(), read it with
    digest() or hexdigest(); copy() forks the computation."""

    __slots__ = ("_h", "name", "digest_size", "block_size")

    def __init__(self, name, handle):
        self._h = handle
        self.name = name
        self.digest_size, self.block_size = _hashlib.sizes(handle)

    def update(self, data, /):
        _hashlib.update(self._h, _data(data))

    def digest(self):
        return _hashlib.digest(self._h, -1)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        return type(self)(self.name, _hashlib.copy(self._h))

    def __repr__(self):
        return "<%s _hashlib.HASH object @ %#x>" % (self.name, id(self))


class _Shake(_Hash):
    """A SHAKE extendable-output function: digest(length) chooses the
    output size."""

    __slots__ = ()

    def digest(self, length):
        return _hashlib.digest(self._h, length)

    def hexdigest(self, length):
        return self.digest(length).hex()


def new(name, data=b"", *, usedforsecurity=True):
    """new(name, data=b'') - Return a new hashing object using the named
    algorithm; optionally initialized with data (which must be a
    bytes-like object)."""
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    key = name.lower()
    if key not in algorithms_available:
        raise ValueError("unsupported hash type " + name)
    cls = _Shake if key.startswith("shake_") else _Hash
    h = cls(key, _hashlib.new(key))
    if data:
        h.update(data)
    return h


def _named(algorithm):
    def constructor(data=b"", *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        return new(algorithm, data)
    constructor.__name__ = "openssl_" + algorithm
    constructor.__qualname__ = constructor.__name__
    return constructor


md5 = _named("md5")
sha1 = _named("sha1")
sha224 = _named("sha224")
sha256 = _named("sha256")
sha384 = _named("sha384")
sha512 = _named("sha512")
sha3_224 = _named("sha3_224")
sha3_256 = _named("sha3_256")
sha3_384 = _named("sha3_384")
sha3_512 = _named("sha3_512")
shake_128 = _named("shake_128")
shake_256 = _named("shake_256")


class _Blake2(_Hash):
    __slots__ = ()

    _kind = ""
    MAX_DIGEST_SIZE = 0
    MAX_KEY_SIZE = 0
    SALT_SIZE = 0
    PERSON_SIZE = 0

    def __new__(cls, data=b"", *, digest_size=None, key=b"", salt=b"",
                person=b"", fanout=1, depth=1, leaf_size=0, node_offset=0,
                node_depth=0, inner_size=0, last_node=False,
                usedforsecurity=True):
        if digest_size is None:
            digest_size = cls.MAX_DIGEST_SIZE
        if not 1 <= digest_size <= cls.MAX_DIGEST_SIZE:
            raise ValueError("digest_size must be between 1 and %d bytes"
                             % cls.MAX_DIGEST_SIZE)
        key, salt, person = _data(key), _data(salt), _data(person)
        if len(key) > cls.MAX_KEY_SIZE:
            raise ValueError("maximum key length is %d bytes" % cls.MAX_KEY_SIZE)
        if len(salt) > cls.SALT_SIZE:
            raise ValueError("maximum salt length is %d bytes" % cls.SALT_SIZE)
        if len(person) > cls.PERSON_SIZE:
            raise ValueError("maximum person length is %d bytes" % cls.PERSON_SIZE)
        if (fanout, depth, leaf_size, node_offset, node_depth, inner_size,
                last_node) != (1, 1, 0, 0, 0, 0, False):
            raise ValueError("weft's %s supports sequential mode only "
                             "(fanout=1, depth=1, no tree parameters)" % cls._kind)
        self = object.__new__(cls)
        _Hash.__init__(self, cls._kind, _hashlib.blake2(
            cls._kind, digest_size, bytes(key), bytes(salt), bytes(person)))
        if data:
            self.update(data)
        return self

    def __init__(self, *args, **kwargs):
        pass

    def copy(self):
        c = object.__new__(type(self))
        _Hash.__init__(c, self.name, _hashlib.copy(self._h))
        return c


class blake2b(_Blake2):
    """BLAKE2b (RFC 7693): digests of 1 to 64 bytes, optionally keyed."""
    __slots__ = ()
    _kind = "blake2b"
    MAX_DIGEST_SIZE = 64
    MAX_KEY_SIZE = 64
    SALT_SIZE = 16
    PERSON_SIZE = 16


class blake2s(_Blake2):
    """BLAKE2s (RFC 7693): digests of 1 to 32 bytes, optionally keyed."""
    __slots__ = ()
    _kind = "blake2s"
    MAX_DIGEST_SIZE = 32
    MAX_KEY_SIZE = 32
    SALT_SIZE = 8
    PERSON_SIZE = 8


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC
    as pseudorandom function."""
    if not isinstance(hash_name, str):
        raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s"
                        % type(hash_name).__name__)
    return _hashlib.pbkdf2(hash_name.lower(), bytes(_data(password)),
                           bytes(_data(salt)), iterations, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a binary file object opened for reading with
    digest (a name or a constructor)."""
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
