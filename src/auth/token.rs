//! Auth tokens, as etcd issues them. Simple tokens are random strings that
//! every member learns by applying the Authenticate entry that made them;
//! they live in memory, expire after a TTL that each use renews, and are
//! void once their user is deleted or changes password, or auth is
//! disabled. JWTs are signed by the member that issued them and checked
//! by any member with the public key; they carry the user's name, the
//! auth revision and an expiry.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use thiserror::Error;

/// A bad `--auth-token` setting or key file.
#[derive(Debug, Error)]
pub enum TokenConfigError {
    #[error("--auth-token: {0}")]
    Option(String),
    #[error("--auth-token: reading {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("--auth-token: the key in {path}: {source}")]
    Key {
        path: String,
        source: jsonwebtoken::errors::Error,
    },
}

/// Who a valid token names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenInfo {
    /// The user.
    pub name: String,
    /// The auth revision it was issued at (JWT); 0 for simple tokens.
    pub revision: u64,
}

/// The kind of token a member issues, from `--auth-token`.
pub enum Tokens {
    Simple(SimpleTokens),
    Jwt(Box<Jwt>),
}

impl Tokens {
    /// Parses `--auth-token` (`simple`, or `jwt,pub-key=F,priv-key=F,
    /// sign-method=M[,ttl=D]`); `ttl` is `--auth-token-ttl` for simple tokens.
    pub fn from_option(option: &str, ttl: Duration) -> Result<Tokens, TokenConfigError> {
        let mut parts = option.split(',');
        match parts.next().unwrap_or_default() {
            "simple" | "" => Ok(Tokens::Simple(SimpleTokens::new(ttl))),
            "jwt" => Ok(Tokens::Jwt(Box::new(Jwt::from_options(parts)?))),
            other => Err(TokenConfigError::Option(format!(
                "unknown token type {other:?} (simple or jwt)"
            ))),
        }
    }

    /// What an Authenticate entry carries: a random prefix for a simple
    /// token (the applying members add the entry's index); none for JWT.
    pub fn new_prefix(&self) -> String {
        match self {
            Tokens::Simple(_) => SimpleTokens::prefix(),
            Tokens::Jwt(_) => String::new(),
        }
    }

    /// The token for `name` once its Authenticate entry is applied:
    /// the simple token applying made, or a JWT signed now at `revision`.
    pub fn answer(
        &self,
        applied: String,
        name: &str,
        revision: u64,
    ) -> Result<String, crate::error::Error> {
        match self {
            Tokens::Simple(_) => Ok(applied),
            Tokens::Jwt(jwt) => jwt.sign(name, revision),
        }
    }

    /// Who `token` names, if it is valid.
    pub fn check(&self, token: &str) -> Option<TokenInfo> {
        match self {
            Tokens::Simple(s) => s.user_of(token).map(|name| TokenInfo { name, revision: 0 }),
            Tokens::Jwt(jwt) => jwt.verify(token),
        }
    }

    /// An applied Authenticate made `token` valid for `name`.
    pub fn assigned(&self, token: &str, name: &str) {
        if let Tokens::Simple(s) = self {
            s.assign(token, name);
        }
    }

    /// `name` was deleted or its password changed: its tokens are void.
    pub fn user_changed(&self, name: &str) {
        if let Tokens::Simple(s) = self {
            s.forget_user(name);
        }
    }

    /// Auth was disabled: every token is void.
    pub fn disabled(&self) {
        if let Tokens::Simple(s) = self {
            s.clear();
        }
    }
}

/// Simple tokens known at most at once; past it the nearest to expiry go.
const MAX_TOKENS: usize = 100_000;

/// Simple tokens known to this member: token -> user and deadline.
pub struct SimpleTokens {
    ttl: Duration,
    known: Mutex<Known>,
}

#[derive(Default)]
struct Known {
    tokens: HashMap<String, (String, Instant)>,
    last_sweep: Option<Instant>,
}

impl SimpleTokens {
    fn new(ttl: Duration) -> Self {
        SimpleTokens {
            ttl,
            known: Mutex::new(Known::default()),
        }
    }

    /// 16 random letters, as etcd's tokens start.
    fn prefix() -> String {
        use ring::rand::SecureRandom as _;
        const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        let mut bytes = [0u8; 16];
        ring::rand::SystemRandom::new()
            .fill(&mut bytes)
            .expect("the system's random source");
        bytes
            .iter()
            .map(|b| LETTERS[*b as usize % LETTERS.len()] as char)
            .collect()
    }

    /// Called as entries are applied: expired tokens are swept at most
    /// once a second, and the table is kept under `MAX_TOKENS`.
    fn assign(&self, token: &str, name: &str) {
        let mut known = self.known.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        if known
            .last_sweep
            .is_none_or(|t| now.duration_since(t) >= Duration::from_secs(1))
        {
            known.tokens.retain(|_, (_, deadline)| *deadline > now);
            known.last_sweep = Some(now);
        }
        if known.tokens.len() >= MAX_TOKENS {
            let mut deadlines: Vec<Instant> = known.tokens.values().map(|(_, d)| *d).collect();
            deadlines.sort_unstable();
            let cut = deadlines[MAX_TOKENS / 10];
            known.tokens.retain(|_, (_, deadline)| *deadline > cut);
        }
        known
            .tokens
            .insert(token.to_string(), (name.to_string(), now + self.ttl));
    }

    /// The user of a live token; using it renews its TTL.
    fn user_of(&self, token: &str) -> Option<String> {
        let mut known = self.known.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        let (name, deadline) = known.tokens.get_mut(token)?;
        if *deadline <= now {
            known.tokens.remove(token);
            return None;
        }
        *deadline = now + self.ttl;
        Some(name.clone())
    }

    fn forget_user(&self, name: &str) {
        let mut known = self.known.lock().unwrap_or_else(|p| p.into_inner());
        known.tokens.retain(|_, (user, _)| user != name);
    }

    fn clear(&self) {
        let mut known = self.known.lock().unwrap_or_else(|p| p.into_inner());
        known.tokens.clear();
    }
}

/// etcd's JWT claims.
#[derive(serde::Serialize, serde::Deserialize)]
struct Claims {
    username: String,
    revision: u64,
    exp: u64,
}

/// Signs with the private key (if this member has it) and verifies with
/// the public key.
pub struct Jwt {
    algorithm: jsonwebtoken::Algorithm,
    signing: Option<jsonwebtoken::EncodingKey>,
    verifying: jsonwebtoken::DecodingKey,
    ttl: Duration,
}

impl Jwt {
    fn from_options<'a>(options: impl Iterator<Item = &'a str>) -> Result<Jwt, TokenConfigError> {
        let bad = |m: String| TokenConfigError::Option(m);
        let (mut public, mut private, mut method, mut ttl) = (None, None, None, None);
        for option in options {
            let (k, v) = option
                .split_once('=')
                .ok_or_else(|| bad(format!("{option:?} is not key=value")))?;
            match k {
                "pub-key" => public = Some(v.to_string()),
                "priv-key" => private = Some(v.to_string()),
                "sign-method" => method = Some(v.to_string()),
                "ttl" => {
                    ttl = Some(
                        crate::gofmt::parse_duration(v).map_err(|e| bad(format!("ttl: {e}")))?,
                    )
                }
                other => return Err(bad(format!("unknown jwt option {other:?}"))),
            }
        }
        let method = method.ok_or_else(|| bad("jwt needs sign-method=".into()))?;
        let algorithm: jsonwebtoken::Algorithm = method
            .parse()
            .map_err(|_| bad(format!("unknown sign-method {method:?}")))?;
        let key_error = |path: &str| {
            let path = path.to_string();
            move |source| TokenConfigError::Key { path, source }
        };
        use jsonwebtoken::{Algorithm as A, DecodingKey, EncodingKey};
        if matches!(algorithm, A::HS256 | A::HS384 | A::HS512) {
            // A shared secret, as etcd takes it: the priv-key file signs
            // and verifies (a public file must never be the secret).
            let path = private.ok_or_else(|| bad(format!("{method} needs priv-key=")))?;
            let secret = read(&path)?;
            return Ok(Jwt {
                algorithm,
                signing: Some(EncodingKey::from_secret(&secret)),
                verifying: DecodingKey::from_secret(&secret),
                ttl: ttl.unwrap_or(Duration::from_secs(300)),
            });
        }
        let public = public.ok_or_else(|| bad("jwt needs pub-key=".into()))?;
        let pem = read(&public)?;
        let verifying = match algorithm {
            A::ES256 | A::ES384 => DecodingKey::from_ec_pem(&pem),
            A::EdDSA => DecodingKey::from_ed_pem(&pem),
            _ => DecodingKey::from_rsa_pem(&pem),
        }
        .map_err(key_error(&public))?;
        let signing = match &private {
            None => None,
            Some(path) => {
                let pem = read(path)?;
                Some(
                    match algorithm {
                        A::ES256 | A::ES384 => EncodingKey::from_ec_pem(&pem),
                        A::EdDSA => EncodingKey::from_ed_pem(&pem),
                        _ => EncodingKey::from_rsa_pem(&pem),
                    }
                    .map_err(key_error(path))?,
                )
            }
        };
        Ok(Jwt {
            algorithm,
            signing,
            verifying,
            ttl: ttl.unwrap_or(Duration::from_secs(300)),
        })
    }

    fn sign(&self, name: &str, revision: u64) -> Result<String, crate::error::Error> {
        let Some(key) = &self.signing else {
            // etcd: a member with only the public key verifies but cannot sign.
            return Err(crate::error::Error::Internal(
                "auth: this member has no jwt private key to sign with".into(),
            ));
        };
        let claims = Claims {
            username: name.to_string(),
            revision,
            exp: unix_now() + self.ttl.as_secs(),
        };
        jsonwebtoken::encode(&jsonwebtoken::Header::new(self.algorithm), &claims, key)
            .map_err(|e| crate::error::Error::Internal(format!("auth: signing a token: {e}")))
    }

    fn verify(&self, token: &str) -> Option<TokenInfo> {
        let mut validation = jsonwebtoken::Validation::new(self.algorithm);
        validation.leeway = 0;
        validation.required_spec_claims = ["exp".to_string()].into();
        let data = jsonwebtoken::decode::<Claims>(token, &self.verifying, &validation).ok()?;
        Some(TokenInfo {
            name: data.claims.username,
            revision: data.claims.revision,
        })
    }
}

fn read(path: &str) -> Result<Vec<u8>, TokenConfigError> {
    std::fs::read(path).map_err(|source| TokenConfigError::Read {
        path: path.to_string(),
        source,
    })
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_simple_token_names_its_user_until_forgotten() {
        let tokens = Tokens::from_option("simple", Duration::from_secs(60)).unwrap();
        let t = format!("{}.7", tokens.new_prefix());
        assert_eq!(tokens.check(&t), None, "valid only once applied");
        tokens.assigned(&t, "alice");
        assert_eq!(tokens.check(&t).unwrap().name, "alice");
        tokens.user_changed("alice");
        assert_eq!(tokens.check(&t), None);
    }

    #[test]
    fn a_simple_token_expires_after_its_ttl() {
        let tokens = Tokens::from_option("simple", Duration::from_millis(30)).unwrap();
        tokens.assigned("x.1", "bob");
        assert!(tokens.check("x.1").is_some());
        std::thread::sleep(Duration::from_millis(60));
        assert_eq!(tokens.check("x.1"), None);
    }

    #[test]
    fn simple_token_prefixes_are_sixteen_random_letters() {
        let (a, b) = (SimpleTokens::prefix(), SimpleTokens::prefix());
        assert_eq!(a.len(), 16);
        assert!(a.chars().all(|c| c.is_ascii_alphabetic()));
        assert_ne!(a, b);
    }

    #[test]
    fn a_jwt_names_its_user_and_revision_and_a_forged_one_does_not() {
        let dir = tempfile::tempdir().unwrap();
        let key = rcgen::KeyPair::generate().unwrap();
        let (public, private) = (dir.path().join("pub.pem"), dir.path().join("priv.pem"));
        std::fs::write(&public, key.public_key_pem()).unwrap();
        std::fs::write(&private, key.serialize_pem()).unwrap();
        let option = format!(
            "jwt,pub-key={},priv-key={},sign-method=ES256,ttl=1m",
            public.display(),
            private.display()
        );
        let tokens = Tokens::from_option(&option, Duration::from_secs(1)).unwrap();
        assert_eq!(tokens.new_prefix(), "");
        let t = tokens.answer(String::new(), "carol", 9).unwrap();
        let info = tokens.check(&t).unwrap();
        assert_eq!((info.name.as_str(), info.revision), ("carol", 9));
        let other = rcgen::KeyPair::generate().unwrap();
        std::fs::write(&public, other.public_key_pem()).unwrap();
        let verifier = Tokens::from_option(&option, Duration::from_secs(1)).unwrap();
        assert_eq!(verifier.check(&t), None, "signed with another key");
    }

    #[test]
    fn an_hmac_jwt_signs_and_checks_with_the_private_secret_only() {
        let dir = tempfile::tempdir().unwrap();
        let secret = dir.path().join("secret");
        std::fs::write(&secret, b"a shared secret").unwrap();
        let no_private = format!("jwt,pub-key={},sign-method=HS256", secret.display());
        assert!(Tokens::from_option(&no_private, Duration::from_secs(1)).is_err());
        let option = format!("jwt,priv-key={},sign-method=HS256", secret.display());
        let tokens = Tokens::from_option(&option, Duration::from_secs(1)).unwrap();
        let t = tokens.answer(String::new(), "dave", 3).unwrap();
        assert_eq!(tokens.check(&t).unwrap().name, "dave");
    }

    #[test]
    fn unknown_token_kinds_and_jwt_without_keys_are_refused() {
        assert!(Tokens::from_option("magic", Duration::from_secs(1)).is_err());
        assert!(Tokens::from_option("jwt,sign-method=RS256", Duration::from_secs(1)).is_err());
        assert!(Tokens::from_option(
            "jwt,pub-key=/nonexistent,sign-method=RS256",
            Duration::from_secs(1)
        )
        .is_err());
    }
}
