"""Inter-coder agreement: per code, between every pair of annotators and against a reference."""

from desktop_app.core.agreement.compute import (
    OVERALL,
    AgreementResult,
    CodeAgreement,
    PairAgreement,
    ReferenceAgreement,
    ReferenceCode,
    compute_agreement,
)
from desktop_app.core.agreement.inputs import AgreementError, LeftOut, Source, split_reference
from desktop_app.core.agreement.statistics import Estimate
from desktop_app.core.agreement.units import UnitKind

__all__ = [
    "OVERALL",
    "AgreementError",
    "AgreementResult",
    "CodeAgreement",
    "Estimate",
    "LeftOut",
    "PairAgreement",
    "ReferenceAgreement",
    "ReferenceCode",
    "Source",
    "UnitKind",
    "compute_agreement",
    "split_reference",
]
