#!/usr/bin/python3
"""Sealed records built and opened from sync/protocol/RECORD.md alone, checked against central's
real code (jiujin-record-tool: RecordSealer / RecordOpener of sync/protocol/envelope.cpp).

Written from the document, not from envelope.cpp, with Debian's python3-cryptography:
- intl, both ways: a record built here must open with RecordOpener, and a record sealed by
  RecordSealer must open here. A header made as the old text said (only the 6-byte prefix as the
  wrap's associated data) must be refused.
- gm: python3-cryptography has no SM2, so the SM2 step (encrypting or decrypting the 32-byte
  record key) is done by the tool with raw OpenSSL calls; everything else of the suite (the header
  MAC, HKDF-SM3 and its 48-byte split, SM4-CTR with the whole IV as a big-endian counter,
  HMAC-SM3 over the length-framed associated data) is done here, both ways.

Usage: record_from_doc.py TOOL WORKDIR
"""
import base64
import json
import os
import struct
import subprocess
import sys

from cryptography.hazmat.primitives import hashes, hmac, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

TOOL, WORK = sys.argv[1], sys.argv[2]
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def tool(*args, expect_ok=True):
    r = subprocess.run([TOOL, *args], capture_output=True, text=True, timeout=60)
    if expect_ok and r.returncode != 0:
        raise SystemExit(f"jiujin-record-tool {' '.join(args)} failed: {r.stderr}")
    return r


def b64(b):
    # RECORD.md: standard alphabet, padded, canonical.
    return base64.b64encode(b).decode("ascii")


def unb64(s):
    return base64.b64decode(s, validate=True)


def u64(n):
    return struct.pack(">Q", n)


def hkdf(algorithm, ikm, info, length):
    # RECORD.md: RFC 5869, no salt.
    return HKDF(algorithm=algorithm, length=length, salt=None, info=info).derive(ikm)


def hmac_sm3(key, *chunks):
    h = hmac.HMAC(key, hashes.SM3())
    for c in chunks:
        h.update(c)
    return h.finalize()


def attachment_aad(meta, i):
    return meta + b"#attachment" + str(i).encode("ascii")


def meta_of(suite, attachments):
    # Compact JSON with sorted keys, as RECORD.md's metadata section says.
    m = {"v": 1, "uuid": "5f0c1e2a-8d47-4b1e-9c3a-0d2e6f7a8b90", "kind": "submission",
         "receipt": "", "refers_to": "", "item": "ITEM", "point": "150525203000-01",
         "created": "2026-11-28T02:00:00.000Z", "staff": "", "authorisation": "",
         "suite": suite, "attachments": attachments}
    return json.dumps(m, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


PAYLOAD = json.dumps({"fields": {"name": "巴特尔", "count": "3"}, "from_card": []},
                     ensure_ascii=False, separators=(",", ":")).encode()
# 12 attachments: indices 10 and 11 tell decimal ASCII from other encodings of i. Each is longer
# than one cipher block, so that CTR's counter steps (and one starts at the top of its range).
PARTS = [b"image/png\n" + bytes([i]) * (40 + 7 * i) for i in range(12)]

# ---- intl ----


def intl_seal(central_pub, meta, wrong_aad=False):
    record_key = os.urandom(32)
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(serialization.Encoding.Raw,
                                            serialization.PublicFormat.Raw)
    central_raw = central_pub.public_bytes(serialization.Encoding.Raw,
                                           serialization.PublicFormat.Raw)
    okm = hkdf(hashes.SHA256(), eph.exchange(central_pub),
               b"jiujin/v1/intl/wrap" + eph_pub + central_raw, 44)
    kek, nonce = okm[:32], okm[32:44]
    prefix = b"JJRK\x01\x01"
    signed = prefix + eph_pub  # the first 38 bytes
    aad = (prefix if wrong_aad else signed) + u64(len(meta)) + meta
    header = signed + AESGCM(kek).encrypt(nonce, record_key, aad)  # ciphertext (32) || tag (16)
    assert len(header) == 86
    part_key = hkdf(hashes.SHA256(), record_key, b"jiujin/v1/intl/part", 32)

    def seal(plain, part_aad):
        n = os.urandom(12)
        return n + AESGCM(part_key).encrypt(n, plain, part_aad)

    return header, seal


def intl_open(central_priv, header, meta):
    assert header[:6] == b"JJRK\x01\x01" and len(header) == 86, "not an intl v1 header"
    eph_pub = header[6:38]
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    central_raw = central_priv.public_key().public_bytes(serialization.Encoding.Raw,
                                                         serialization.PublicFormat.Raw)
    okm = hkdf(hashes.SHA256(), central_priv.exchange(X25519PublicKey.from_public_bytes(eph_pub)),
               b"jiujin/v1/intl/wrap" + eph_pub + central_raw, 44)
    record_key = AESGCM(okm[:32]).decrypt(okm[32:44], header[38:86],
                                          header[:38] + u64(len(meta)) + meta)
    part_key = hkdf(hashes.SHA256(), record_key, b"jiujin/v1/intl/part", 32)
    return lambda sealed, part_aad: AESGCM(part_key).decrypt(sealed[:12], sealed[12:], part_aad)

# ---- gm ----


def sm4_ctr(key, iv, data):
    return Cipher(algorithms.SM4(key), modes.CTR(iv)).encryptor().update(data)


def gm_part_sealer(record_key):
    okm = hkdf(hashes.SM3(), record_key, b"jiujin/v1/gm/part", 48)
    enc, mac = okm[:16], okm[16:48]

    def seal(plain, part_aad, iv=None):
        iv = iv or os.urandom(16)
        ct = sm4_ctr(enc, iv, plain)
        return iv + ct + hmac_sm3(mac, u64(len(part_aad)), part_aad, iv, ct)

    def open_(sealed, part_aad):
        iv, ct, tag = sealed[:16], sealed[16:-32], sealed[-32:]
        if hmac_sm3(mac, u64(len(part_aad)), part_aad, iv, ct) != tag:
            raise ValueError("part MAC")
        return sm4_ctr(enc, iv, ct)

    return seal, open_, enc


def gm_header_mac(record_key, signed, meta):
    key = hkdf(hashes.SM3(), record_key, b"jiujin/v1/gm/header", 32)
    return hmac_sm3(key, signed, u64(len(meta)), meta)


def gm_seal(keydir, meta):
    record_key = os.urandom(32)
    der = bytes.fromhex(tool("sm2-wrap", keydir, record_key.hex()).stdout.strip())
    signed = b"JJRK\x01\x02" + struct.pack(">H", len(der)) + der
    header = signed + gm_header_mac(record_key, signed, meta)
    seal, _, _ = gm_part_sealer(record_key)
    return header, seal


def gm_open(keydir, header, meta):
    assert header[:6] == b"JJRK\x01\x02", "not a gm v1 header"
    (n,) = struct.unpack(">H", header[6:8])
    assert len(header) == 8 + n + 32, "gm header size"
    der = header[8:8 + n]
    record_key = bytes.fromhex(tool("sm2-unwrap", keydir, der.hex()).stdout.strip())
    if gm_header_mac(record_key, header[:8 + n], meta) != header[8 + n:]:
        raise ValueError("header MAC")
    return gm_part_sealer(record_key)[1]

# ---- the checks ----


def build(suite, keydir, wrong_aad=False):
    meta = meta_of(suite, len(PARTS))
    if suite == "intl":
        pub = serialization.load_pem_public_key(open(f"{keydir}/central.pub", "rb").read())
        header, seal = intl_seal(pub, meta, wrong_aad)
    else:
        header, seal = gm_seal(keydir, meta)
    record = {"meta": meta.decode(), "suite": suite, "key_header": b64(header),
              "payload": b64(seal(PAYLOAD, meta)),
              "attachments": [b64(seal(p, attachment_aad(meta, i))) for i, p in enumerate(PARTS)]}
    if suite == "gm":
        # Attachment 0 with an IV whose low 64 bits are all ones: its second block's counter
        # carries into the high half (a 64-bit counter would wrap there and not open the same).
        iv = os.urandom(8) + b"\xff" * 8
        record["attachments"][0] = b64(seal(PARTS[0], attachment_aad(meta, 0), iv))
    path = f"{WORK}/{suite}-doc{'-wrong' if wrong_aad else ''}.json"
    with open(path, "w") as f:
        json.dump(record, f)
    return path


def central_opens(suite, keydir, path):
    r = tool("open", keydir, path, expect_ok=False)
    if r.returncode != 0:
        return None, r.stderr.strip()
    return json.loads(r.stdout), ""


def doc_opens(suite, keydir, path):
    rec = json.load(open(path))
    meta = rec["meta"].encode()
    header = unb64(rec["key_header"])
    if suite == "intl":
        priv = serialization.load_pem_private_key(open(f"{keydir}/central.key", "rb").read(), None)
        open_part = intl_open(priv, header, meta)
    else:
        open_part = gm_open(keydir, header, meta)
    payload = open_part(unb64(rec["payload"]), meta)
    parts = [open_part(unb64(a), attachment_aad(meta, i)) for i, a in enumerate(rec["attachments"])]
    return payload, parts, rec


for suite in ("intl", "gm"):
    keydir = f"{WORK}/{suite}"
    os.makedirs(keydir, exist_ok=True)
    tool("keygen", suite, keydir)

    # 1. Built from the document, opened by central's RecordOpener.
    opened, why = central_opens(suite, keydir, build(suite, keydir))
    check(opened is not None, f"{suite}: a record built from RECORD.md opens with central's code {why}")
    if opened:
        check(unb64(opened["payload"]) == PAYLOAD, f"{suite}: its payload is the one sealed")
        check([unb64(a) for a in opened["attachments"]] == PARTS,
              f"{suite}: its 12 attachments (AAD meta#attachment0..11) are the ones sealed")

    # 2. Sealed by the kiosk's RecordSealer, opened from the document.
    sealed = f"{WORK}/{suite}-code.json"
    tool("seal", keydir, sealed, "12")
    try:
        payload, parts, rec = doc_opens(suite, keydir, sealed)
        check(payload == unb64(rec["plain_payload"]),
              f"{suite}: a record sealed by the C++ code opens from RECORD.md")
        check(parts == [unb64(a) for a in rec["plain_attachments"]],
              f"{suite}: its attachments open from RECORD.md")
    except Exception as e:  # noqa: BLE001 - any failure to open is the finding
        check(False, f"{suite}: a record sealed by the C++ code opens from RECORD.md ({e!r})")

# 3. The old text's associated data (only the 6-byte prefix) is refused, as the document now says.
opened, why = central_opens("intl", f"{WORK}/intl", build("intl", f"{WORK}/intl", wrong_aad=True))
check(opened is None and "authenticate" in why,
      "intl: a header whose wrap AAD is only the 6-byte prefix is refused")

print(f"{len(failures)} failed" if failures else "all checks passed")
sys.exit(1 if failures else 0)
