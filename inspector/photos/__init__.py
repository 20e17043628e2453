"""Photos: evidence pictures from import to the page.

Owns photo import (originals kept byte for byte under their SHA-256, `importer`), decoding and
EXIF (`decode`, `exif`), the display copies and thumbnails derived from originals (`derived`), the
background writer of originals (`background_writer`), drawing annotations and captions onto copies
(`render`), and matching photos from a phone to checklist items by capture time (`time_matching`,
`bulk_attach`). Never imports Qt, the UI, the report, signing or sync; only `bulk_attach` talks to
the store, and only through its public methods.
"""
