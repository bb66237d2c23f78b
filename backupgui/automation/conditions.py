"""Whether an automatic backup should run now (no Qt): metered network, battery, connection.

The metered and online flags come from Qt's ``QNetworkInformation`` in the UI layer and are
passed in; the battery is read here (Linux ``/sys/class/power_supply``; other platforms report
"unknown", which never blocks a backup). ``decide`` turns them into go / postpone / skip with a
reason for people. A blocked run is not an error: it is postponed and, if conditions do not
change in time, skipped and recorded with the reason.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

log = logging.getLogger(__name__)

POWER_SUPPLY = Path("/sys/class/power_supply")


@dataclass(frozen=True)
class Battery:
    """What the platform says about power. ``None`` fields are unknown."""

    on_battery: bool | None = None
    percent: int | None = None

    @property
    def known(self) -> bool:
        return self.on_battery is not None


UNKNOWN_BATTERY = Battery()


def _read(path: Path) -> str:
    try:
        return path.read_text("ascii", errors="replace").strip()
    except OSError:
        return ""


def read_battery(root: Path = POWER_SUPPLY, platform: str = sys.platform) -> Battery:
    """The system battery on Linux (peripheral batteries ignored); unknown elsewhere."""
    if not platform.startswith("linux") or not root.is_dir():
        return UNKNOWN_BATTERY
    levels: list[int] = []
    discharging = False
    mains: list[bool] = []
    for dev in sorted(root.iterdir()):
        kind = _read(dev / "type")
        if kind == "Battery":
            if _read(dev / "scope") == "Device":  # a mouse or headset, not the computer
                continue
            if _read(dev / "present") == "0":
                continue
            cap = _read(dev / "capacity")
            if cap.isdigit():
                levels.append(min(int(cap), 100))
            if _read(dev / "status") == "Discharging":
                discharging = True
        elif kind in ("Mains", "USB", "USB_C", "USB_PD"):
            online = _read(dev / "online")
            if online in ("0", "1"):
                mains.append(online == "1")
    if not levels:
        return UNKNOWN_BATTERY  # a desktop: no battery to worry about
    on_battery = discharging or (bool(mains) and not any(mains))
    return Battery(on_battery, round(sum(levels) / len(levels)))


class Action(StrEnum):
    GO = "go"
    POSTPONE = "postpone"
    SKIP = "skip"


@dataclass(frozen=True)
class Decision:
    """``code`` is ``""`` to go, else ``offline``, ``metered`` or ``battery`` (or, for a run
    that met one, ``busy`` or ``set_busy``: another computer, ``who``, held the backup set);
    ``reason`` is an English sentence for the log and history (the UI translates by ``code``)."""

    action: Action
    code: str = ""
    reason: str = ""
    percent: int | None = None
    threshold: int | None = None
    who: str = ""

    @property
    def go(self) -> bool:
        return self.action == Action.GO


def decide(*, metered: bool | None, allow_metered: bool, battery: Battery = UNKNOWN_BATTERY,
           min_battery: int = 0, online: bool | None = None, needs_network: bool = True,
           give_up: bool = False) -> Decision:
    """Go, or postpone (``give_up`` False) / skip (True) with the first reason that blocks.

    Unknown values never block. ``needs_network`` is False for a local folder destination,
    which then ignores the connection and its cost.
    """
    blocked = Action.SKIP if give_up else Action.POSTPONE
    if needs_network and online is False:
        return Decision(blocked, "offline", "There is no internet connection.")
    if needs_network and metered and not allow_metered:
        return Decision(blocked, "metered",
                        "The connection is metered (for example a mobile hotspot), and backups "
                        "on metered connections are off.")
    if (min_battery > 0 and battery.on_battery and battery.percent is not None
            and battery.percent < min_battery):
        return Decision(blocked, "battery",
                        # translators: %1: the battery's charge now, %2: the lowest charge set for
                        # automatic backups (both in percent)
                        f"The computer is on battery at {battery.percent}%, below "
                        f"{min_battery}%.", battery.percent, min_battery)
    return Decision(Action.GO)
