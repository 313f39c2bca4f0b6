# ECDSA P-256 signature verification in pure MicroPython (ints, pow(x, -1)-free: Fermat inverses),
# for manifests signed with a private key the device never holds (manifest.json.p256, made by
# `ota-emu release --p256-key`). About 53k bytecodes a verification: some 40-65 ms on a PC,
# estimated 0.3-1 s on an ESP32 (mostly 256-bit multiplications).
from .errors import Refused

_P = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
_GX = 0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296
_GY = 0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5


def _dbl(X, Y, Z):
    # Jacobian doubling for a = -3
    if Y == 0 or Z == 0:
        return 0, 1, 0
    P = _P
    YY = Y * Y % P
    S = 4 * X * YY % P
    ZZ = Z * Z % P
    M = 3 * (X - ZZ) * (X + ZZ) % P
    X3 = (M * M - 2 * S) % P
    return X3, (M * (S - X3) - 8 * YY * YY) % P, 2 * Y * Z % P


def _add(X1, Y1, Z1, X2, Y2, Z2):
    if Z1 == 0:
        return X2, Y2, Z2
    if Z2 == 0:
        return X1, Y1, Z1
    P = _P
    Z1Z1 = Z1 * Z1 % P
    Z2Z2 = Z2 * Z2 % P
    U1 = X1 * Z2Z2 % P
    U2 = X2 * Z1Z1 % P
    S1 = Y1 * Z2 * Z2Z2 % P
    S2 = Y2 * Z1 * Z1Z1 % P
    if U1 == U2:
        if S1 != S2:
            return 0, 1, 0
        return _dbl(X1, Y1, Z1)
    H = (U2 - U1) % P
    R = (S2 - S1) % P
    HH = H * H % P
    HHH = H * HH % P
    V = U1 * HH % P
    X3 = (R * R - HHH - 2 * V) % P
    return X3, (R * (V - X3) - S1 * HHH) % P, H * Z1 * Z2 % P


def public_key(hexkey):
    """The point of a public key given as the hex of X and Y (64 bytes; a leading 04 is
    allowed); Refused unless it is a point of the curve."""
    if not isinstance(hexkey, str):
        raise Refused("config: pubkey must be a hex string")
    h = hexkey.strip().lower()
    if len(h) == 130 and h.startswith("04"):
        h = h[2:]
    if len(h) != 128:
        raise Refused("config: pubkey must be 64 bytes of hex (X and Y)")
    try:
        x = int(h[:64], 16)
        y = int(h[64:], 16)
    except ValueError:
        raise Refused("config: pubkey is not hex")
    if not (0 <= x < _P and 0 <= y < _P) or (y * y - (x * x * x - 3 * x + _B)) % _P:
        raise Refused("config: pubkey is not a P-256 point")
    return x, y


def verify(pub, digest, sighex):
    """True if sighex (hex of r and s, 32 bytes each) is an ECDSA P-256 signature of the
    SHA-256 digest under the point pub."""
    if not isinstance(sighex, str) or len(sighex) != 128:
        return False
    try:
        r = int(sighex[:64], 16)
        s = int(sighex[64:], 16)
    except ValueError:
        return False
    N = _N
    if not (0 < r < N and 0 < s < N):
        return False
    h = int.from_bytes(digest, "big") % N
    w = pow(s, N - 2, N)
    u1 = h * w % N
    u2 = r * w % N
    qx, qy = pub
    both = _add(_GX, _GY, 1, qx, qy, 1)
    X, Y, Z = 0, 1, 0
    for i in range(255, -1, -1):  # u1*G + u2*Q, one pass (Shamir's trick)
        X, Y, Z = _dbl(X, Y, Z)
        b1 = (u1 >> i) & 1
        b2 = (u2 >> i) & 1
        if b1 and b2:
            X, Y, Z = _add(X, Y, Z, both[0], both[1], both[2])
        elif b1:
            X, Y, Z = _add(X, Y, Z, _GX, _GY, 1)
        elif b2:
            X, Y, Z = _add(X, Y, Z, qx, qy, 1)
    if Z == 0:
        return False
    zi = pow(Z, _P - 2, _P)
    return X * zi * zi % _P % N == r
