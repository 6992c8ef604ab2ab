"""The agent tests' scripted model server, for turns that call a model."""

from tests.agent.conftest import model_server, use_model  # noqa: F401  (fixtures)
