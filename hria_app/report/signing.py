"""Signing a PDF brief with the organisation's certificate (pyHanko), so a ministry or a journalist can check
that the brief came unaltered from the NGO. The signature is invisible and covers the whole file; pyHanko is an
optional dependency (the `sign` extra) because most users never sign."""

from __future__ import annotations

import io
from pathlib import Path

from hria_app.report.errors import ExportError

FIELD = "HRIA-brief-signature"


def sign_pdf(pdf: bytes, certificate: Path, password: str, reason: str = "Published brief") -> bytes:
    """The PDF with a signature by the key and certificate in a PKCS#12 file (.p12 / .pfx).

    Raises ExportError when pyHanko is missing, or the file cannot be read with this password."""
    try:
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import signers
    except ImportError:
        raise ExportError(
            "signing needs pyHanko: install the app with its 'sign' extra (pip install 'hria-app[sign]')"
        ) from None
    try:
        data = certificate.read_bytes()
    except OSError as exc:
        raise ExportError(f"cannot read the certificate {certificate.name}: {exc.strerror or exc}") from None
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(data, other_certs=[], passphrase=password.encode() or None)
    except Exception as exc:  # pyHanko reports a bad password or a damaged file in several exception types
        raise ExportError(
            f"cannot open the certificate {certificate.name}: wrong password or not a PKCS#12 file ({exc})"
        ) from None
    if signer is None:
        raise ExportError(f"cannot open the certificate {certificate.name}: wrong password or not a PKCS#12 file")
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    meta = signers.PdfSignatureMetadata(field_name=FIELD, reason=reason)
    out = signers.sign_pdf(writer, meta, signer=signer)
    return bytes(out.getbuffer())
