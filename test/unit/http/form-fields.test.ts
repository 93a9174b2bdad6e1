import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { formFields } from '../../../functions/http/form-fields.js';

const app = new Hono().post('/', async (c) => c.json(await formFields(c)));
const post = async (body: BodyInit, contentType?: string) => {
  const headers = contentType ? { 'content-type': contentType } : undefined;
  const res = await app.request('/', { method: 'POST', body, ...(headers ? { headers } : {}) });
  expect(res.status).toBe(200);
  return res.json();
};

describe('formFields', () => {
  it('reads a url-encoded form: + and %-escapes decoded, the last of a repeated name, any charset parameter', async () => {
    const body = 'score=7&comment=tr%C3%A8s+bien+%26+clair&score=9&empty=';
    expect(await post(body, 'application/x-www-form-urlencoded')).toEqual({
      score: '9',
      comment: 'très bien & clair',
      empty: '',
    });
    expect(await post('a=1', 'Application/X-WWW-Form-Urlencoded; charset=UTF-8')).toEqual({ a: '1' });
    // Broken escapes and bytes that are not UTF-8 are read, never thrown.
    expect(await post('a=%ZZ%&b=%E9', 'application/x-www-form-urlencoded')).toEqual({
      a: '%ZZ%',
      b: '\uFFFD',
    });
  });

  it('reads the text fields of a multipart form and leaves files out', async () => {
    const form = new FormData();
    form.set('satisfaction', '4');
    form.set('file', new Blob(['x']), 'x.txt');
    expect(await post(form)).toEqual({ satisfaction: '4' });
  });

  it('gives no fields for a broken multipart body or a body of another type', async () => {
    expect(await post('--nope\r\nbroken', 'multipart/form-data; boundary=b')).toEqual({});
    expect(await post('{"satisfaction":4}', 'application/json')).toEqual({});
  });
});
