"""A signed brief validates against the certificate that signed it, and a changed byte breaks the signature."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

pytest.importorskip("pyhanko")

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from hria_app.core.assessment import Assessment
from hria_app.report import render_pdf
from hria_app.report.errors import ExportError
from hria_app.report.signing import sign_pdf

PASSWORD = "correct horse"


def _certificate(tmp_path: Path) -> tuple[Path, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Test NGO"),
            x509.NameAttribute(NameOID.COMMON_NAME, "Test NGO briefs"),
        ]
    )
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, True, False, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    path = tmp_path / "ngo.p12"
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(b"ngo", key, cert, None, BestAvailableEncryption(PASSWORD.encode()))
    )
    return path, cert


def _status(pdf: bytes, cert: x509.Certificate):  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.serialization import Encoding

    root = asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))
    (signature,) = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    return validate_pdf_signature(signature, ValidationContext(trust_roots=[root]))


def test_a_signed_brief_validates_and_a_tampered_one_does_not(tmp_path: Path, mini_assessment: Assessment) -> None:
    path, cert = _certificate(tmp_path)
    signed = sign_pdf(render_pdf(mini_assessment, date=dt.date(2026, 6, 1)), path, PASSWORD)
    status = _status(signed, cert)
    assert status.intact and status.valid and status.trusted
    index = signed.index(b"Mini test")
    tampered = signed[:index] + b"Maxi" + signed[index + 4 :]
    assert not _status(tampered, cert).intact


def test_a_wrong_password_or_a_missing_certificate_is_said_plainly(tmp_path: Path, mini_assessment: Assessment) -> None:
    path, _ = _certificate(tmp_path)
    pdf = render_pdf(mini_assessment, date=dt.date(2026, 6, 1))
    with pytest.raises(ExportError, match="wrong password"):
        sign_pdf(pdf, path, "not it")
    with pytest.raises(ExportError, match="cannot read the certificate"):
        sign_pdf(pdf, tmp_path / "missing.p12", PASSWORD)


def test_the_command_line_signs_with_the_password_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hria_app.cli import main
    from tests.conftest import ROOT

    path, cert = _certificate(tmp_path)
    monkeypatch.setenv("HRIA_SIGN_PASSWORD", PASSWORD)
    out = tmp_path / "signed.pdf"
    sample = ROOT / "resources" / "samples" / "nakhon-thani-findface.hria"
    assert main(["export", str(sample), "-o", str(out), "--public", "--sign", str(path)]) == 0
    assert _status(out.read_bytes(), cert).intact
