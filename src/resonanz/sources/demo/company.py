"""The companies of the demo: Brenntal, its two competitors, and the monitors the demo sets up.

Brenntal Wärmetechnik GmbH is an invented family-owned heat-pump maker from the invented town
of Kirchbrenn in Hohenlohe (about 900 employees). Vallberg and Solvarm are invented competitors.
Any resemblance to real companies is unintended; every domain is under `.example` (RFC 2606).

What lives here: the companies with their names and products (`COMPANIES`), the facts of the
demo for the UI and the README (`DEMO_COMPANY`) and the monitors `resonanz demo` sets up
(`demo_monitors`). Their official accounts are in `demo.crowd`, the story of the launch and the
shitstorm in `demo.story`.
"""

from __future__ import annotations

from dataclasses import dataclass

from resonanz.model import Monitor, MonitorKind

__all__ = ["COMPANIES", "DEMO_COMPANY", "Company", "DemoCompany", "demo_monitors"]


@dataclass(frozen=True, slots=True)
class Company:
    """A company of the demo world: its names, products and where it lives on the web."""

    key: str
    name: str
    legal_name: str
    hq: str
    products: tuple[str, ...]
    app: str
    website: str

    @property
    def hashtag(self) -> str:
        return f"#{self.key}"


@dataclass(frozen=True, slots=True)
class DemoCompany:
    """The facts of the demo for the UI and the README."""

    name: str
    legal_name: str
    industry: str
    hq: str
    employees: int
    products: tuple[str, ...]
    competitors: tuple[Company, ...]
    launch_product: str
    launch_hashtag: str
    conflict_issue: str
    conflict_hashtag: str
    company: Company


BRENNTAL = Company(
    key="brenntal",
    name="Brenntal",
    legal_name="Brenntal Wärmetechnik GmbH",
    hq="Kirchbrenn",
    products=("Calora 8", "Calora 12", "Geon 10", "Aquina 270", "Lyra 7"),
    app="Brenntal Connect",
    website="https://brenntal.example",
)
VALLBERG = Company(
    key="vallberg",
    name="Vallberg",
    legal_name="Vallberg Klimatechnik AG",
    hq="Bremen",
    products=("VX 9", "VX 12", "Hybrid 5", "EcoAir 7"),
    app="Vallberg Home",
    website="https://vallberg.example",
)
SOLVARM = Company(
    key="solvarm",
    name="Solvarm",
    legal_name="Solvarm Deutschland GmbH",
    hq="Hamburg",
    products=("Nordic 8", "Nordic 11", "Flex 6", "Tank 200"),
    app="Solvarm Go",
    website="https://solvarm.example",
)
COMPANIES: dict[str, Company] = {c.key: c for c in (BRENNTAL, VALLBERG, SOLVARM)}

DEMO_COMPANY = DemoCompany(
    name=BRENNTAL.name,
    legal_name=BRENNTAL.legal_name,
    industry="Wärmepumpen / heat pumps",
    hq="Kirchbrenn (Hohenlohe)",
    employees=900,
    products=BRENNTAL.products,
    competitors=(VALLBERG, SOLVARM),
    launch_product="Brenntal Lyra 7",
    launch_hashtag="#brenntallyra",
    conflict_issue="Firmware 3.8 locks Calora/Geon heat pumps with error E217 (#brenntalkalt)",
    conflict_hashtag="#brenntalkalt",
    company=BRENNTAL,
)


def demo_monitors() -> list[Monitor]:
    """The monitors `resonanz demo` sets up: the brand, two competitors, the launch, the
    conflict topic of the shitstorm and employer branding. Every generated post about one of
    these contains a term its query matches."""
    brand = "(Brenntal OR #brenntal OR @brenntal)"
    return [
        Monitor(
            name="Brenntal",
            query="Brenntal OR #brenntal OR @brenntal",
            kind=MonitorKind.BRAND,
            description="Everything said about Brenntal Wärmetechnik, our company.",
        ),
        Monitor(
            name="Vallberg",
            query="Vallberg OR #vallberg OR @vallberg",
            kind=MonitorKind.COMPETITOR,
            description="Competitor Vallberg Klimatechnik AG (Bremen).",
        ),
        Monitor(
            name="Solvarm",
            query="Solvarm OR #solvarm OR @solvarm",
            kind=MonitorKind.COMPETITOR,
            description="Competitor Solvarm Deutschland GmbH (Hamburg).",
        ),
        Monitor(
            name="Launch Lyra 7",
            query=f'"Brenntal Lyra" OR #brenntallyra OR (Lyra AND {brand})',
            kind=MonitorKind.TOPIC,
            description="Campaign: market launch of the Lyra 7 heat pump.",
        ),
        Monitor(
            name="Firmware-Update / #brenntalkalt",
            query=(
                f"#brenntalkalt OR E217 OR ({brand} AND (Firmware OR Update OR Heizungsausfall"
                ' OR outage OR "ohne Heizung" OR "no heating"))'
            ),
            kind=MonitorKind.CONFLICT_TOPIC,
            description="Conflict topic: faulty firmware updates and heating outages.",
        ),
        Monitor(
            name="Brenntal als Arbeitgeber",
            query=(
                f"#brenntaljobs OR ({brand} AND (Job OR Jobs OR Karriere OR Ausbildung"
                " OR Arbeitgeber OR Bewerbung OR hiring OR career OR careers OR employer))"
            ),
            kind=MonitorKind.TOPIC,
            description="Employer branding: jobs, apprenticeships, employer reviews.",
        ),
    ]
