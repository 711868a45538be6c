"""Reports: each renders one kind of document (weekly summary, …) for a period."""

from resonanz.reports.base import RenderedReport, Report, ReportContext

__all__ = ["RenderedReport", "Report", "ReportContext"]
