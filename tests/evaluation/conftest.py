"""The scripted OpenAI-compatible model of the agent tests, for `copilot_eval --provider openai`."""

from tests.agent.conftest import model_server, use_model  # noqa: F401 (fixtures)
