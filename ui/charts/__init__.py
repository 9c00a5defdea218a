"""Chart builders: pure functions from long-form data to Altair charts, testable through to_dict()."""
