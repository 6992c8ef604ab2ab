"""The copilot turn: intent gating, the function-calling loop, providers, the proposal."""
