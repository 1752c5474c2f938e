# Interface strings of the output formats: summaries, locations, size notes.

out-summary = Summary
out-errors = Errors found
out-category = Category
out-provider = Provider
out-count = Count
out-diagnosis = Diagnosis
out-location = Location
out-in-file = { $path }, { $lines }
out-trimmed = Details left out to keep this report under its size limit; run apidiag locally for the full report.
