"""Recursive-descent parser: query text → `Query`.

Grammar, loosest binding first::

    query    := or_expr EOF
    or_expr  := and_expr ( OR and_expr )*
    and_expr := unary ( [AND] unary )*           -- two operands side by side mean AND
    unary    := ( NOT | "-" ) unary | near
    near     := primary ( NEAR/n[f] primary )*
    primary  := "(" or_expr ")" | word | "phrase"[~[n]] | field:value | #tag | @handle
"""

from __future__ import annotations

from resonanz.errors import QueryError
from resonanz.query import ast
from resonanz.query.lexer import MAX_DISTANCE, Token, lex, query_error
from resonanz.query.validate import check_field, check_hashtag, check_mention, check_words

__all__ = ["parse_query"]

MAX_DEPTH = 60
MAX_LENGTH = 20_000
_STARTS_OPERAND = frozenset({"LPAREN", "WORD", "PHRASE", "FIELD", "NOT"})
_NAMES = {"AND": "AND", "OR": "OR", "NOT": "NOT", "NEAR": "NEAR", "RPAREN": "')'"}
_OPERAND = 'a word, a "phrase", a field such as lang:de, or "("'


def parse_query(text: str) -> ast.Query:
    """Parse a monitor query. Raises `QueryError` (with line, column and a suggestion)."""
    if len(text) > MAX_LENGTH:
        raise query_error(
            text,
            MAX_LENGTH,
            f"the query is longer than {MAX_LENGTH} characters",
            expected="a shorter query",
            suggestion="split it into several monitors or move noise words to the noise list",
        )
    if not text.strip():
        raise query_error(
            text,
            0,
            "the query is empty",
            expected=_OPERAND,
            suggestion='start with the name you want to hear about, e.g. "Deutsche Bahn"',
        )
    return _Parser(text, lex(text)).parse()


class _Parser:
    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.tokens = tokens
        self.pos = 0
        self.depth = 0

    # -- helpers ------------------------------------------------------------------------------

    @property
    def tok(self) -> Token:
        return self.tokens[self.pos]

    def advance(self) -> Token:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def error(
        self, tok: Token, message: str, *, expected: str = "", suggestion: str = ""
    ) -> QueryError:
        return query_error(self.text, tok.offset, message, expected=expected, suggestion=suggestion)

    def enter(self, tok: Token) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.error(
                tok,
                "the query is nested too deeply",
                expected=f"at most {MAX_DEPTH} levels of parentheses and NOT",
                suggestion="remove redundant parentheses",
            )

    # -- grammar ------------------------------------------------------------------------------

    def parse(self) -> ast.Query:
        root = self.or_expr()
        tok = self.tok
        if tok.kind == "RPAREN":
            raise self.error(
                tok,
                "this ')' has no matching '('",
                expected="an operator or the end of the query",
                suggestion="remove the ')' or add a '(' where the group starts",
            )
        if tok.kind != "EOF":  # pragma: no cover - and_expr consumes everything else
            raise self.error(tok, "unexpected text", expected="the end of the query")
        return ast.Query(root)

    def or_expr(self) -> ast.Node:
        operands = [self.and_expr()]
        while self.tok.kind == "OR":
            self.advance()
            operands.append(self.and_expr())
        return operands[0] if len(operands) == 1 else ast.Or(tuple(operands))

    def and_expr(self) -> ast.Node:
        operands = [self.unary()]
        while True:
            kind = self.tok.kind
            if kind == "AND":
                self.advance()
            elif kind not in _STARTS_OPERAND:
                break
            operands.append(self.unary())
        return operands[0] if len(operands) == 1 else ast.And(tuple(operands))

    def unary(self) -> ast.Node:
        tok = self.tok
        if tok.kind == "NOT":
            self.advance()
            self.enter(tok)
            operand = self.unary()
            self.depth -= 1
            return ast.Not(operand)
        return self.near()

    def near(self) -> ast.Node:
        left = self.primary()
        while self.tok.kind == "NEAR":
            op = self.advance()
            right = self.primary()
            for side in (left, right):
                if not _positional(side):
                    raise self.error(
                        op,
                        f"{op.text} needs words or phrases on both sides",
                        expected="a word, a phrase or an OR-group of them next to NEAR",
                        suggestion="combine field filters and NOT with AND instead",
                    )
            left = ast.Near(left, right, op.distance, op.ordered)
        return left

    def primary(self) -> ast.Node:
        tok = self.tok
        kind = tok.kind
        if kind == "LPAREN":
            self.advance()
            self.enter(tok)
            if self.tok.kind == "RPAREN":
                raise self.error(
                    self.tok,
                    "the parentheses are empty",
                    expected=_OPERAND,
                    suggestion="remove the empty '()'",
                )
            inner = self.or_expr()
            self.depth -= 1
            if self.tok.kind != "RPAREN":
                raise self.error(
                    self.tok,
                    f"the '(' at column {self._column(tok)} is never closed",
                    expected="')'",
                    suggestion="add ')' where the group ends",
                )
            self.advance()
            return inner
        if kind == "WORD":
            self.advance()
            return self.word(tok)
        if kind == "PHRASE":
            self.advance()
            return self.phrase(tok)
        if kind == "FIELD":
            self.advance()
            return check_field(self.text, tok)
        raise self._missing_operand(tok)

    # -- leaves -------------------------------------------------------------------------------

    def word(self, tok: Token) -> ast.Node:
        text = tok.text
        if text.startswith("#") and len(text) > 1:
            return check_hashtag(self.text, tok)
        if text.startswith("@") and len(text) > 1:
            return check_mention(self.text, tok)
        base, tilde, suffix = text.partition("~")
        if not tilde:
            check_words(self.text, tok, base)
            return ast.Term(base)
        if not base:
            raise self.error(
                tok,
                "'~' must follow a word",
                expected="a word before ~",
                suggestion="write e.g. Bahn~1 (fuzzy) or Kundenservice~ (compound)",
            )
        if suffix == "":
            check_words(self.text, tok, base, compound=True)
            return ast.Term(base, compound=True)
        if suffix not in ("1", "2"):
            raise self.error(
                tok,
                f"'~{suffix}' is not a fuzzy distance",
                expected="~1 or ~2 (letters that may differ), or ~ alone for compounds",
                suggestion=f"write {base}~1",
            )
        check_words(self.text, tok, base, fuzzy=int(suffix))
        return ast.Term(base, fuzzy=int(suffix))

    def phrase(self, tok: Token) -> ast.Node:
        suffix = tok.extra
        compound = suffix == ""
        check_words(self.text, tok, tok.text, phrase=True, compound=compound)
        if suffix is None or compound:
            return ast.Phrase(tok.text, compound=compound)
        slop = int(suffix)
        if slop > MAX_DISTANCE:
            raise self.error(
                tok,
                f"the distance {slop} is too large",
                expected=f"a distance of at most {MAX_DISTANCE} words",
                suggestion="use AND if the words may be anywhere in the post",
            )
        return ast.Phrase(tok.text, slop=slop)

    # -- errors -------------------------------------------------------------------------------

    def _column(self, tok: Token) -> int:
        return tok.offset - (self.text.rfind("\n", 0, tok.offset) + 1) + 1

    def _missing_operand(self, tok: Token) -> QueryError:
        previous = self.tokens[self.pos - 1] if self.pos else None
        if tok.kind == "EOF":
            if previous is not None and previous.kind in ("AND", "OR", "NOT", "NEAR"):
                return self.error(
                    tok,
                    f"the query ends after {previous.text}",
                    expected=_OPERAND,
                    suggestion=f"add what should follow {previous.text}, or remove it",
                )
            return self.error(tok, "the query ends too early", expected=_OPERAND)
        name = _NAMES.get(tok.kind, tok.text)
        if previous is None or previous.kind == "LPAREN":
            where = "at the start" if previous is None else "right after '('"
            return self.error(
                tok,
                f"{name} cannot stand {where}",
                expected=_OPERAND,
                suggestion=f"put a word before {name}, or remove it",
            )
        return self.error(
            tok,
            f"{name} cannot follow {previous.text or previous.kind}",
            expected=_OPERAND,
            suggestion="remove one of the two operators or put a word between them",
        )


def _positional(node: ast.Node) -> bool:
    """Whether `node` has word positions, so it may stand next to NEAR."""
    if isinstance(node, ast.Term | ast.Phrase | ast.Near):
        return True
    if isinstance(node, ast.Or):
        return all(_positional(child) for child in node.operands)
    return False
