//! v2's errors: a numbered code, its fixed message, a cause, the store's
//! index, and the HTTP status v2 gives the code.

use serde::Serialize;
use tonic::codegen::http::StatusCode;

/// A v2 error as its JSON body says it.
#[derive(Debug, Serialize)]
pub(in crate::server::http) struct V2Error {
    #[serde(rename = "errorCode")]
    pub code: u16,
    pub message: &'static str,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub cause: String,
    pub index: i64,
}

pub(super) const KEY_NOT_FOUND: u16 = 100;
pub(super) const TEST_FAILED: u16 = 101;
pub(super) const NOT_FILE: u16 = 102;
pub(super) const NOT_DIR: u16 = 104;
pub(super) const NODE_EXIST: u16 = 105;
pub(super) const ROOT_READ_ONLY: u16 = 107;
pub(super) const DIR_NOT_EMPTY: u16 = 108;
pub(super) const PREV_VALUE_REQUIRED: u16 = 201;
pub(super) const TTL_NAN: u16 = 202;
pub(super) const INDEX_NAN: u16 = 203;
pub(super) const INVALID_FIELD: u16 = 209;
pub(super) const INVALID_FORM: u16 = 210;
pub(super) const RAFT_INTERNAL: u16 = 300;
pub(super) const EVENT_INDEX_CLEARED: u16 = 401;

impl V2Error {
    /// Error `code` about `cause`, at store index `index`.
    pub(super) fn new(code: u16, cause: impl Into<String>, index: i64) -> V2Error {
        V2Error {
            code,
            message: message(code),
            cause: cause.into(),
            index,
        }
    }

    /// A gRPC failure underneath.
    pub(super) fn internal(status: &tonic::Status) -> V2Error {
        V2Error::new(RAFT_INTERNAL, status.message(), 0)
    }

    /// The HTTP status v2 answers this error with.
    pub(super) fn status(&self) -> StatusCode {
        match self.code {
            KEY_NOT_FOUND => StatusCode::NOT_FOUND,
            NOT_FILE | DIR_NOT_EMPTY => StatusCode::FORBIDDEN,
            TEST_FAILED | NODE_EXIST => StatusCode::PRECONDITION_FAILED,
            RAFT_INTERNAL => StatusCode::INTERNAL_SERVER_ERROR,
            _ => StatusCode::BAD_REQUEST,
        }
    }
}

fn message(code: u16) -> &'static str {
    match code {
        KEY_NOT_FOUND => "Key not found",
        TEST_FAILED => "Compare failed",
        NOT_FILE => "Not a file",
        NOT_DIR => "Not a directory",
        NODE_EXIST => "Key already exists",
        ROOT_READ_ONLY => "Root is read only",
        DIR_NOT_EMPTY => "Directory not empty",
        PREV_VALUE_REQUIRED => "PrevValue is Required in POST form",
        TTL_NAN => "The given TTL in POST form is not a number",
        INDEX_NAN => "The given index in POST form is not a number",
        INVALID_FIELD => "Invalid field",
        INVALID_FORM => "Invalid POST form",
        EVENT_INDEX_CLEARED => "The event in requested index is outdated and cleared",
        _ => "Raft Internal Error",
    }
}
