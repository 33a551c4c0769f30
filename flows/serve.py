"""Serve a watchlist: a Prefect deployment of the reconcile flow on the watchlist's schedule."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from prefect.deployments.runner import EntrypointType
from prefect.schedules import Cron, Interval

from flows.reconcile_flow import flow_parameters, reconcile_stories  # sets logging env before prefect
from reconcile.settings import Settings
from reconcile.watchlist import Watchlist


def deployment_options(wl: Watchlist, settings: Settings) -> dict[str, Any]:
    """Keyword arguments shared by `reconcile_stories.serve(...)` and `.to_deployment(...)`."""
    ids = ", ".join(s.story_id for s in wl.stories)
    opts: dict[str, Any] = {
        "name": wl.name,
        "parameters": flow_parameters(list(wl.stories), settings),
        "description": f"Watchlist {wl.path.name}: {ids} ({wl.describe()})",
        "tags": ["reconcile", "watchlist"],
        # The scheduled runs import the flow by module name, whatever their working directory.
        "entrypoint_type": EntrypointType.MODULE_PATH,
    }
    if wl.timezone:
        opts["schedule"] = (
            Cron(wl.cron, timezone=wl.timezone)
            if wl.cron
            else Interval(timedelta(seconds=wl.interval or 0), timezone=wl.timezone)
        )
    elif wl.cron:
        opts["cron"] = wl.cron
    else:
        opts["interval"] = timedelta(seconds=wl.interval or 0)
    return opts


def serve_watchlist(wl: Watchlist, settings: Settings) -> None:
    """Register the deployment and run its scheduled flow runs until interrupted."""
    if getattr(wl, "discovery", None) is None:
        reconcile_stories.serve(**deployment_options(wl, settings))
        return
    # With a [discovery] table: the discovery flow as a second deployment on the same schedule.
    from prefect import serve

    from flows.discover_flow import discovery_deployment

    deployments = [reconcile_stories.to_deployment(**deployment_options(wl, settings))] if wl.stories else []
    deployments.append(discovery_deployment(wl, settings, deployment_options(wl, settings)))
    serve(*deployments)
