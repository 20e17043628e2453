"""The zip container of a sync bundle: one fixed way to write it, one strict way to read it.

    zf.writestr(member_info(name), data)            # the writer (sync/bundle_writer.py)
    entries = parse_zip(fh, max_inflated)           # raises ZipStructureError; before zipfile is trusted
    problem = differs_from_zipfile(zf, entries)     # zipfile must see exactly what was parsed
    problem = nonstandard_fields(entries)           # the fixed values Inspector writes, or None

Python's zipfile ignores many container fields (version made by, attributes, dates, disk numbers,
the end record's counts). Member content is covered by the signed manifest, but a changed container
must be refused too, so that the bundle head office imports is exactly the file the laptop wrote.
``parse_zip`` walks the raw bytes with struct: local headers and data back to back from byte 0,
then the central directory, then the end record ending the file, every field consistent across
them; ``nonstandard_fields`` then requires the writer's fixed values. Deflated members are
inflated once to check size, CRC and the end of the stream; the compressed bytes themselves are
never compared with a fresh compression (another zlib may compress differently).
No Qt, no SQL.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any, BinaryIO

STORED, DEFLATED = zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED
DATE_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest DOS date: a bundle's bytes never depend on the clock
DOS_TIME, DOS_DATE = 0, (1 << 5) | 1
ZIP_VERSION = 20  # "2.0": deflate, no zip64; both version made by and version needed
CREATE_SYSTEM = 3  # Unix, so that unzip gives the members mode 0644
EXTERNAL_ATTR = 0o100644 << 16  # a regular file, rw-r--r--

_LOCAL = struct.Struct("<4s2B4HL2L2H")  # zipfile.structFileHeader
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")  # zipfile.structCentralDir
_END = struct.Struct("<4s4H2LH")  # zipfile.structEndArchive
_LOCAL_SIG, _CENTRAL_SIG, _END_SIG = b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06"
_UTF8_FLAG = 0x800
_CHUNK = 1 << 20


class ZipStructureError(Exception):
    """The file is not a zip laid out as Inspector writes it; ``code`` is "zip_structure", or
    "unreadable" when it is not a zip at all."""

    def __init__(self, message: str, code: str = "zip_structure"):
        self.code = code
        super().__init__(message)


@dataclass(frozen=True)
class Entry:
    """One member as its local header and central directory entry (which must agree) describe it."""

    name: str
    offset: int  # of the local header
    method: int
    crc: int
    compress_size: int
    file_size: int
    flags: int
    extract_version: int
    extract_system: int  # the high byte of "version needed" (zipfile calls it reserved)
    dos_time: int
    dos_date: int
    create_version: int = 0
    create_system: int = 0
    internal_attr: int = 0
    external_attr: int = 0


def method_for(name: str) -> int:
    """JSON members are deflated; the report, photos and signature are stored (already dense or tiny)."""
    return DEFLATED if name.endswith(".json") else STORED


def member_info(name: str) -> zipfile.ZipInfo:
    """The ZipInfo of a bundle member: every container field fixed, whatever the clock or the OS."""
    info = zipfile.ZipInfo(name, DATE_TIME)
    info.compress_type = method_for(name)
    info.create_system = CREATE_SYSTEM
    info.create_version = info.extract_version = ZIP_VERSION
    info.external_attr = EXTERNAL_ATTR
    info.internal_attr = 0
    info.flag_bits = 0  # zipfile resets it anyway; no data descriptor since the file is seekable
    info.extra = info.comment = b""
    return info


def _read_at(fh: BinaryIO, offset: int, size: int, what: str) -> bytes:
    fh.seek(offset)
    raw = fh.read(size)
    if len(raw) != size:
        raise ZipStructureError(f"the {what} at byte {offset} is cut short")
    return raw


def parse_zip(fh: BinaryIO, max_inflated: int) -> list[Entry]:
    """Every member of a strictly laid out zip; raises ZipStructureError at the first deviation.

    ``max_inflated`` caps what a deflated member may claim (the JSON members are small).
    """
    size = fh.seek(0, 2)
    head = _read_at(fh, 0, min(size, 4), "file start")
    if size < _END.size or (head != _LOCAL_SIG and _read_at(fh, size - _END.size, 4, "end") != _END_SIG):
        raise ZipStructureError("not a readable bundle (zip) file", "unreadable")
    end_at = size - _END.size
    sig, disk, cd_disk, count_disk, count, cd_size, cd_offset, comment_len = _END.unpack(
        _read_at(fh, end_at, _END.size, "end record"))
    if sig != _END_SIG:
        raise ZipStructureError("the zip's end record is not where the file ends (bytes added after it, "
                                "or an archive comment)")
    if (disk, cd_disk, comment_len) != (0, 0, 0) or count_disk != count or count == 0:
        raise ZipStructureError(f"the zip's end record has unexpected disk numbers, counts or comment length "
                                f"({disk}, {cd_disk}, {count_disk}, {count}, {comment_len})")
    if cd_offset + cd_size != end_at:
        raise ZipStructureError(f"the zip's central directory ({cd_size} bytes at {cd_offset}) does not end "
                                f"where the end record starts ({end_at})")
    local = _walk_local(fh, count, cd_offset, max_inflated)
    return _walk_central(fh, local, cd_offset, end_at)


def _walk_local(fh: BinaryIO, count: int, cd_offset: int, max_inflated: int) -> list[Entry]:
    entries, pos = [], 0
    for _ in range(count):
        (sig, version, system, flags, method, dos_time, dos_date, crc, csize, usize, name_len,
         extra_len) = _LOCAL.unpack(_read_at(fh, pos, _LOCAL.size, "local header"))
        if sig != _LOCAL_SIG:
            raise ZipStructureError(f"no local header at byte {pos} where member {len(entries) + 1} should start")
        if flags & ~_UTF8_FLAG:
            # encryption, data descriptors, compression options: nothing Inspector writes
            raise ZipStructureError(f"the local header at byte {pos} has flags {flags:#06x}")
        if extra_len:
            raise ZipStructureError(f"the local header at byte {pos} has an extra field")
        if method not in (STORED, DEFLATED) or (method == STORED and csize != usize):
            raise ZipStructureError(f"the local header at byte {pos} has method {method} and sizes {csize}/{usize}")
        raw_name = _read_at(fh, pos + _LOCAL.size, name_len, "member name")
        try:
            name = raw_name.decode("utf-8" if flags & _UTF8_FLAG else "cp437")
        except UnicodeDecodeError:
            raise ZipStructureError(f"the member name at byte {pos} is not valid UTF-8") from None
        data_at = pos + _LOCAL.size + name_len
        if data_at + csize > cd_offset:
            raise ZipStructureError(f"member {name!r} runs into the central directory")
        entry = Entry(name, pos, method, crc, csize, usize, flags, version, system, dos_time, dos_date)
        if method == DEFLATED:
            _check_deflated(fh, entry, data_at, max_inflated)
        entries.append(entry)
        pos = data_at + csize
    if pos != cd_offset:
        raise ZipStructureError(f"{cd_offset - pos} bytes lie between the last member and the central directory "
                                "(or the end record's member count is wrong)")
    return entries


def _walk_central(fh: BinaryIO, local: list[Entry], cd_offset: int, end_at: int) -> list[Entry]:
    entries, pos = [], cd_offset
    for entry in local:
        (sig, create_version, create_system, version, system, flags, method, dos_time, dos_date, crc, csize,
         usize, name_len, extra_len, comment_len, disk, internal, external, offset) = _CENTRAL.unpack(
            _read_at(fh, pos, _CENTRAL.size, "central directory entry"))
        if sig != _CENTRAL_SIG:
            raise ZipStructureError(f"no central directory entry at byte {pos} for member {entry.name!r}")
        raw_name = _read_at(fh, pos + _CENTRAL.size, name_len, "member name")
        mine = (version, system, flags, method, dos_time, dos_date, crc, csize, usize, offset, raw_name)
        theirs = (entry.extract_version, entry.extract_system, entry.flags, entry.method, entry.dos_time,
                  entry.dos_date, entry.crc, entry.compress_size, entry.file_size, entry.offset,
                  _read_at(fh, entry.offset + _LOCAL.size, len(raw_name), "member name"))
        if mine != theirs:
            raise ZipStructureError(f"the central directory entry of {entry.name!r} (byte {pos}) does not repeat "
                                    "its local header")
        if (extra_len, comment_len, disk) != (0, 0, 0):
            raise ZipStructureError(f"the central directory entry of {entry.name!r} has an extra field, a comment "
                                    "or a disk number")
        entries.append(Entry(entry.name, entry.offset, method, crc, csize, usize, flags, version, system,
                             dos_time, dos_date, create_version, create_system, internal, external))
        pos += _CENTRAL.size + name_len
    if pos != end_at:
        raise ZipStructureError(f"the central directory holds {end_at - pos} bytes more than its {len(local)} entries")
    return entries


def _check_deflated(fh: BinaryIO, entry: Entry, data_at: int, max_inflated: int) -> None:
    """The stream inflates to exactly file_size bytes with the CRC, ends exactly at compress_size,
    and its last byte's unused padding bits are zero (inflate ignores them; every deflater writes 0)."""
    if entry.file_size > max_inflated or entry.compress_size == 0:
        raise ZipStructureError(f"member {entry.name!r} claims {entry.file_size} bytes in {entry.compress_size}")
    inflater = zlib.decompressobj(-15)
    crc, size, left = 0, 0, entry.compress_size
    fh.seek(data_at)

    def feed(d: Any, chunk: bytes) -> bytes:
        out = d.decompress(chunk, entry.file_size + 1 - size)
        if d.unconsumed_tail:
            raise ZipStructureError(f"member {entry.name!r} inflates to more than its {entry.file_size} bytes")
        return out

    try:
        while left > 1:
            chunk = fh.read(min(_CHUNK, left - 1))
            if not chunk:
                raise ZipStructureError(f"member {entry.name!r} is cut short")
            left -= len(chunk)
            out = feed(inflater, chunk)
            crc, size = zlib.crc32(out, crc), size + len(out)
        last = fh.read(1)
        if len(last) != 1:
            raise ZipStructureError(f"member {entry.name!r} is cut short")
        before = inflater.copy()
        tail = feed(inflater, last)
        crc, size = zlib.crc32(tail, crc), size + len(tail)
        if not inflater.eof or inflater.unused_data or size != entry.file_size or crc != entry.crc:
            raise ZipStructureError(f"member {entry.name!r} does not inflate to its size and CRC, or its "
                                    "compressed data does not end where its header says")
        for bit in (1 << i for i in range(8)):
            if last[0] & bit:
                other = before.copy()
                if feed(other, bytes([last[0] & ~bit])) == tail and other.eof and not other.unused_data:
                    raise ZipStructureError(f"the compressed data of {entry.name!r} ends with padding bits set")
    except zlib.error as exc:
        raise ZipStructureError(f"the compressed data of {entry.name!r} is damaged ({exc})") from None


def differs_from_zipfile(zf: zipfile.ZipFile, entries: list[Entry]) -> str | None:
    """None when Python's zipfile sees the members just as parse_zip did (names, offsets, sizes)."""
    theirs = [(i.filename, i.header_offset, i.compress_type, i.CRC, i.compress_size, i.file_size)
              for i in zf.infolist()]
    mine = [(e.name, e.offset, e.method, e.crc, e.compress_size, e.file_size) for e in entries]
    if theirs != mine:
        return "Python's zip reader sees other members than the strict reading of the file"
    return None


def nonstandard_fields(entries: list[Entry]) -> str | None:
    """The first container field that differs from what member_info writes, as a sentence; else None."""
    for e in entries:
        expected = {
            "version made by": ((e.create_version, e.create_system), (ZIP_VERSION, CREATE_SYSTEM)),
            "version needed": ((e.extract_version, e.extract_system), (ZIP_VERSION, 0)),
            "flags": (e.flags, 0),
            "compression method": (e.method, method_for(e.name)),
            "date and time": ((e.dos_date, e.dos_time), (DOS_DATE, DOS_TIME)),
            "file attributes": ((e.internal_attr, e.external_attr), (0, EXTERNAL_ATTR)),
        }
        for field, (value, wanted) in expected.items():
            if value != wanted:
                return f"member {e.name!r} has {field} {value}, not {wanted} as Inspector writes it"
    return None
