"""Text tables and JSON of the per-series scores and of the leave-one-series-out report."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rapport.evaluation.loso import SeriesDrop
from rapport.evaluation.series import NEGATIVES, SeriesScore, macro_average


def render_series(series: Sequence[SeriesScore]) -> str:
    """One row per series (articles, detection and field P/R/F1), then the macro-average."""
    header = (
        f"{'series':<14} {'articles':>8} {'det P':>6} {'det R':>6} {'det F1':>6} "
        f"{'P':>6} {'R':>6} {'F1':>6}  mechanism"
    )
    lines = ["by series:", header, "-" * len(header)]
    for entry in series:
        detection, overall = entry.score.detection, entry.score.overall
        if entry.key == NEGATIVES:
            lines.append(
                f"{entry.key:<14} {len(entry.articles):8d}  "
                f"spurious meetings: {detection.fp}, spurious values: {overall.fp}"
            )
            continue
        lines.append(
            f"{entry.key:<14} {len(entry.articles):8d} {detection.precision:6.3f} "
            f"{detection.recall:6.3f} {detection.f1:6.3f} {overall.precision:6.3f} "
            f"{overall.recall:6.3f} {overall.f1:6.3f}  {entry.mechanism or ''}"
        )
    macro = macro_average(series)
    lines.append("-" * len(header))
    lines.append(
        f"macro-average over {macro.series} series: detection P {macro.detection_precision:.3f} "
        f"R {macro.detection_recall:.3f} F1 {macro.detection_f1:.3f}; fields P "
        f"{macro.field_precision:.3f} R {macro.field_recall:.3f} F1 {macro.field_f1:.3f}"
    )
    return "\n".join(lines) + "\n"


def render_loso(drops: Sequence[SeriesDrop], *, show_rules: bool = False) -> str:
    """One row per series: its own rules, field and detection F1 with and without them."""
    header = (
        f"{'series':<14} {'articles':>8} {'own rules':>9} {'F1':>6} {'w/o':>6} {'drop':>7} "
        f"{'det F1':>6} {'w/o':>6} {'drop':>7}"
    )
    lines = ["leave one series out (each series without the rules that fire only in it):"]
    lines += [header, "-" * len(header)]
    for drop in drops:
        if drop.key == NEGATIVES:
            lines.append(
                f"{drop.key:<14} {len(drop.articles):8d} {len(drop.own_rules):9d}  spurious "
                f"meetings: {drop.full.detection.fp} with every rule, "
                f"{drop.held_out.detection.fp} without their own rules"
            )
            lines.extend(f"{'':16}{rule}" for rule in drop.own_rules if show_rules)
            continue
        lines.append(
            f"{drop.key:<14} {len(drop.articles):8d} {len(drop.own_rules):9d} "
            f"{drop.full.overall.f1:6.3f} {drop.held_out.overall.f1:6.3f} {drop.field_drop:+7.3f} "
            f"{drop.full.detection.f1:6.3f} {drop.held_out.detection.f1:6.3f} "
            f"{drop.detection_drop:+7.3f}"
        )
        if show_rules:
            lines.extend(f"{'':16}{rule}" for rule in drop.own_rules)
    scored = [drop for drop in drops if drop.key != NEGATIVES]
    if scored:
        lines.append("-" * len(header))
        dropping = [drop.key for drop in scored if drop.field_drop > 0 or drop.detection_drop > 0]
        lines.append(
            f"macro field F1 over {len(scored)} series: {_mean(d.full.overall.f1 for d in scored):.3f}"
            f" with every rule, {_mean(d.held_out.overall.f1 for d in scored):.3f} without each"
            f" series' own rules; series that drop: {len(dropping)}"
        )
    return "\n".join(lines) + "\n"


def series_as_dict(series: Sequence[SeriesScore]) -> dict[str, Any]:
    """The per-series scores and their macro-average, JSON-ready."""
    macro = macro_average(series)
    return {
        "series": [
            {
                "series": entry.key,
                "mechanism": entry.mechanism,
                "articles": entry.articles,
                **entry.score.as_dict(),
            }
            for entry in series
        ],
        "macro_average": {
            "series": macro.series,
            "fields": {
                "precision": macro.field_precision,
                "recall": macro.field_recall,
                "f1": macro.field_f1,
            },
            "detection": {
                "precision": macro.detection_precision,
                "recall": macro.detection_recall,
                "f1": macro.detection_f1,
            },
        },
    }


def loso_as_dict(drops: Sequence[SeriesDrop]) -> list[dict[str, Any]]:
    """The leave-one-series-out rows, JSON-ready, with each series' own rules."""
    return [
        {
            "series": drop.key,
            "mechanism": drop.mechanism,
            "articles": list(drop.articles),
            "own_rules": [str(rule) for rule in drop.own_rules],
            "field_f1": drop.full.overall.f1,
            "field_f1_without_own_rules": drop.held_out.overall.f1,
            "detection_f1": drop.full.detection.f1,
            "detection_f1_without_own_rules": drop.held_out.detection.f1,
        }
        for drop in drops
    ]


def _mean(values: Any) -> float:
    items = list(values)
    return sum(items) / len(items) if items else 1.0
