#!/usr/bin/env python3
"""Expands RRULEs with python-dateutil, the reference for DateutilDifferentialTest.

Reads every line of stdin first, then answers each; a case is one tab-separated line:

    id  dtstart(YYYYMMDDTHHMMSS)  zone(IANA id or -)  limit  last_year  rule

and its answer is one line:

    id  OK       occurrence,occurrence,...
    id  ERROR    message            (dateutil rejected the rule)
    id  TIMEOUT  occurrence,...     (gave up on a sparse rule after 1 s of CPU; what it had so far)

Expansion stops after last_year: dateutil otherwise searches up to year 9999 for rules whose next
instance is far away or that have none left, which takes seconds in Python. The module-level
datetime.MAXYEAR that rrule checks is replaced for that purpose, nothing else changes.

An occurrence is its wall-clock time YYYYMMDDTHHMMSS, followed for zoned cases by @ and its epoch
second. The first line of the answer is "dateutil <version>".
"""

import datetime as real_datetime
import signal
import sys
import types
from itertools import islice

import dateutil
import dateutil.rrule
from dateutil import tz
from dateutil.rrule import rrulestr
from datetime import datetime

HORIZON = types.ModuleType("datetime")
HORIZON.__dict__.update(real_datetime.__dict__)
dateutil.rrule.datetime = HORIZON

# Counted in this process's own CPU time, not wall-clock time, so which sparse rules it gives up on
# does not depend on what else the machine is doing.
CPU_SECONDS_PER_CASE = 1.0


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout()


def occurrence(dt, zoned):
    wall = dt.strftime("%Y%m%dT%H%M%S")
    return wall + "@" + str(int(dt.timestamp())) if zoned else wall


def expand(dtstart_text, zone, limit, last_year, rule_text):
    HORIZON.MAXYEAR = last_year
    dtstart = datetime.strptime(dtstart_text, "%Y%m%dT%H%M%S")
    zoned = zone != "-"
    if zoned:
        dtstart = dtstart.replace(tzinfo=tz.gettz(zone))
    found = []
    signal.setitimer(signal.ITIMER_VIRTUAL, CPU_SECONDS_PER_CASE)
    try:
        rule = rrulestr(rule_text, dtstart=dtstart)
        for dt in islice(rule, limit):
            found.append(occurrence(dt, zoned))
        return "OK", ",".join(found)
    except Timeout:
        return "TIMEOUT", ",".join(found)
    except Exception as e:  # dateutil signals bad rules with ValueError and friends
        return "ERROR", (type(e).__name__ + ": " + str(e)).replace("\t", " ").replace("\n", " ")
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)


def main():
    signal.signal(signal.SIGVTALRM, on_alarm)
    lines = sys.stdin.read().splitlines()
    out = ["dateutil " + dateutil.__version__]
    for line in lines:
        if not line.strip():
            continue
        case_id, dtstart_text, zone, limit, last_year, rule_text = line.split("\t")
        status, payload = expand(dtstart_text, zone, int(limit), int(last_year), rule_text)
        out.append(case_id + "\t" + status + "\t" + payload)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
