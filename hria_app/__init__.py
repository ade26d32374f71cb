"""Human-rights impact assessment of surveillance deployments."""

__version__ = "0.1.0"
