"""Chart builders: pure functions from long-form data to Altair charts, testable through to_dict()."""
import altair as alt

# Altair validates every piece of a chart against the Vega-Lite schema as it is built, which costs
# tens of milliseconds per chart on each rerun. The tests validate every builder's full spec instead.
alt.utils.schemapi.disable_debug_mode()
