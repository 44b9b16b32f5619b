import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem.ts';
import { problemMessage } from '../../api/problem-message.ts';
import { type Credentials, type Session, useSignIn } from './api.ts';

type Field = keyof Credentials;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The email and password form; field errors (ours or the API's) are shown beside their field. */
export function SignInForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [values, setValues] = useState<Credentials>({ email: '', password: '' });
  const [checked, setChecked] = useState<Partial<Record<Field, string>>>({});
  const inputs = { email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };

  const serverFields = signIn.error instanceof ApiError ? signIn.error.fieldMessages() : {};
  const fieldError = (field: Field) => checked[field] ?? serverFields[field];
  const formError = formProblem(signIn.error, serverFields);

  const change = (field: Field) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
    setChecked((c) => ({ ...c, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const email = values.email.trim();
    const problems: Partial<Record<Field, string>> = {};
    if (!email) problems.email = t('signIn.emailRequired');
    else if (!EMAIL.test(email)) problems.email = t('signIn.emailInvalid');
    if (!values.password) problems.password = t('signIn.passwordRequired');
    setChecked(problems);
    const first = (Object.keys(inputs) as Field[]).find((field) => problems[field]);
    // A keyboard or screen-reader user lands on what to fix.
    if (first) return inputs[first].current?.focus();
    signIn.mutate({ email, password: values.password }, { onSuccess: onSignedIn });
  };

  function formProblem(error: unknown, fields: Record<string, string>) {
    if (!error) return null;
    if (error instanceof ApiError) {
      if (error.kind === 'invalid-credentials') return t('signIn.wrongCredentials');
      if (error.kind === 'sign-in-locked')
        return t('signIn.lockedOut', { count: Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)) });
      if (error.kind === 'validation' && Object.keys(fields).length > 0) return null;
    }
    return problemMessage(t, error);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label={t('signIn.email')}
          ref={inputs.email}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={values.email}
          onChange={change('email')}
          error={fieldError('email')}
          data-autofocus
        />
        <PasswordInput
          label={t('signIn.password')}
          ref={inputs.password}
          name="password"
          autoComplete="current-password"
          required
          value={values.password}
          onChange={change('password')}
          error={fieldError('password')}
        />
        <Button type="submit" loading={signIn.isPending}>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
