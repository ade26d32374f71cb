"""The domain: rubrics, assessments, scoring and files. No Qt, no reportlab."""
