"""The statistics chart with little data (issue 18): the axis read 0, 0, 1, 1 and small amounts vanished."""

from __future__ import annotations

import pytest

from desktop.gui.pages.stats import integer_axis


@pytest.mark.parametrize("top, expected", [(0, (2, 1)), (1, (2, 1)), (4, (5, 1)), (6, (7, 1)), (7, (8, 2)),
                                           (17, (20, 5)), (23, (25, 5)), (230, (250, 50))])
def test_an_axis_of_people_counts_whole_numbers_with_room_for_labels(top, expected):
    maximum, step = integer_axis(top)
    assert (maximum, step) == expected
    assert maximum > top and maximum % step == 0 and maximum // step <= 7


def test_a_chart_of_one_person_has_integer_ticks_and_labels_above_the_bars(qtbot, gui_app, sqlite_ledger):
    from PySide6.QtCharts import QAbstractBarSeries, QValueAxis

    from desktop.gui.pages.stats import StatsPage
    from desktop.services import deeds, persons
    p = persons.create_person(sqlite_ledger, {"name": "李勇"})
    deeds.record_deed(sqlite_ledger, {"title": "救人", "occurred_on": "2026-06-01", "division_code": "330102",
                                      "place": "河边", "category": "救助落水人员"},
                      [{"person_id": p["id"], "outcome": "unhurt"}])
    page = StatsPage(sqlite_ledger)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None)
    left = [a for a in page.chart.axes() if isinstance(a, QValueAxis)][0]
    assert (left.min(), left.max(), left.tickInterval(), left.labelFormat()) == (0, 2, 1, "%d")
    assert left.tickType() == QValueAxis.TickType.TicksDynamic
    bars = page.chart.series()[0]
    assert bars.labelsPosition() == QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd
    assert page.chart.series()[1].pointLabelsVisible()
