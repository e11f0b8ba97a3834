"""Operations: what a user does, as functions of the domain and the store."""
