"""The scripted model server of the agent tests, for the adversarial model."""

from tests.agent.conftest import model_server, use_model  # noqa: F401 (fixtures, shared with tests/agent)
