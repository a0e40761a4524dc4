from core.redact import MASK, redact


def test_removes_known_secrets_bearer_headers_and_token_shapes():
    text = "token=abc-secret-123 header Authorization: Bearer xyz789 and r8_" + "A" * 20
    out = redact(text, ["abc-secret-123", None])
    assert "abc-secret-123" not in out and "xyz789" not in out and "r8_AAAA" not in out
    assert out.count(MASK) == 3
