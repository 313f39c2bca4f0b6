# A model of uOTA (github.com/mkomon/uota) written from its README, NOT from its code: the
# behaviour its documentation describes, so that the conformance suite can show what a
# uOTA-style updater does under faults. Replace this file with a real checkout's lib/uota.py
# (a profile mount) to test the real thing.
#
# Documented behaviour modelled here:
#   - uota.cfg is a Python dictionary: url (ends with "/"), tmp_filename, excluded_files,
#     delete;
#   - the installed version is the content of the file `version`;
#   - URL + "latest" holds "version;filename[;kB[;sha256]]";
#   - check_for_updates() compares the versions (version_check=True), checks free space when
#     kB is given, and returns True when a newer version is available;
#   - install_new_firmware() downloads the firmware file into tmp_filename, compares its
#     SHA-256 when given, then unpacks the gzipped tar directly into the root of the
#     filesystem ("replaces files in-place without storing uncompressed new firmware in
#     flash"), skipping excluded names; the tmp file is deleted; then the `delete` list of the
#     (new) uota.cfg is removed;
#   - no certificate verification (MicroPython's ssl does not check certificates; pinning
#     needs ucertpin, not installed here).
import os

import deflate
import hashlib
import binascii
import requests
import tarfile


def _cfg():
    with open("uota.cfg") as f:
        return eval(f.read())


def _local_version():
    try:
        with open("version") as f:
            return f.read().strip()
    except OSError:
        return ""


def _latest(cfg):
    r = requests.get(cfg["url"] + "latest")
    text = r.text.strip()
    r.close()
    fields = text.split(";")
    if len(fields) < 2:
        raise ValueError("invalid latest file")
    return fields


def _free_kb():
    st = os.statvfs("/")
    return st[0] * st[3] // 1024


def check_for_updates(version_check=True, quiet=False):
    cfg = _cfg()
    fields = _latest(cfg)
    remote = fields[0]
    if version_check and not remote > _local_version():
        return False
    if len(fields) > 2 and fields[2]:
        if _free_kb() < int(fields[2]):
            print("not enough free space for the new firmware")
            return False
    if not quiet:
        print("new version %s is available" % remote)
    return True


def _download(cfg, name, sha):
    r = requests.get(cfg["url"] + name)
    h = hashlib.sha256()
    buf = bytearray(512)
    with open(cfg["tmp_filename"], "wb") as f:
        while True:
            n = r.raw.readinto(buf)
            if not n:
                break
            h.update(buf[:n])
            f.write(buf[:n])
    r.close()
    if sha and binascii.hexlify(h.digest()).decode() != sha.lower():
        os.remove(cfg["tmp_filename"])
        print("SHA256 of the new firmware does not match, aborting")
        return False
    return True


def _excluded(cfg, name):
    for x in cfg.get("excluded_files", []):
        if name == x or name.startswith(x.rstrip("/") + "/"):
            return True
    return False


def _makedirs(d):
    p = ""
    for part in d.strip("/").split("/"):
        p += "/" + part
        try:
            os.mkdir(p)
        except OSError:
            pass


def _unpack(cfg):
    with open(cfg["tmp_filename"], "rb") as f:
        t = tarfile.TarFile(fileobj=deflate.DeflateIO(f, deflate.GZIP))
        for info in t:
            name = info.name
            if _excluded(cfg, name.rstrip("/")):
                continue
            if info.type == tarfile.DIRTYPE or name.endswith("/"):
                _makedirs(name)
                continue
            if "/" in name:
                _makedirs(name[: name.rfind("/")])
            src = t.extractfile(info)
            with open(name, "wb") as out:
                while True:
                    b = src.read(512)
                    if not b:
                        break
                    out.write(b)


def _rm(p):
    try:
        if os.stat(p)[0] & 0x4000:
            for e in os.listdir(p):
                _rm(p + "/" + e)
            os.rmdir(p)
        else:
            os.remove(p)
    except OSError:
        pass


def install_new_firmware(quiet=False):
    cfg = _cfg()
    fields = _latest(cfg)
    sha = fields[3] if len(fields) > 3 else None
    if not _download(cfg, fields[1], sha):
        return False
    _unpack(cfg)
    os.remove(cfg["tmp_filename"])
    for p in _cfg().get("delete", []):
        _rm(p)
    if not quiet:
        print("new firmware installed")
    return True
