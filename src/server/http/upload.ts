import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest, FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { invalidField, ProblemError } from '../errors.ts';

/**
 * Routes that take one uploaded file (evidence, a worksheet) in a multipart field named `file`: the
 * parser with its limits, the reading of the file, and the 413 naming the field.
 */

/** 413 problem naming `file`: the upload is over its route's limit. */
export const fileTooLarge = (maxBytes: number) => {
  const limit = `${maxBytes / 1024 / 1024} MB`;
  return new ProblemError(413, 'payload-too-large', 'Request too large', `file: must be at most ${limit}`, {
    errors: [{ field: 'file', in: 'body', message: `must be at most ${limit}` }],
  });
};

/** Registers the multipart parser in a route plugin: one file of at most `maxBytes`, a few small fields. */
export const acceptSingleFile = (app: FastifyInstance, maxBytes: number) =>
  app.register(multipart, {
    limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6, fieldSize: 1000, headerPairs: 100 },
  });

/**
 * The route's validator: the body is a multipart stream the handler reads (its schema is there for the
 * documentation); params and query are checked by their Zod schemas as everywhere else.
 */
export const multipartValidator: FastifySchemaCompiler<unknown> = (route) =>
  route.httpPart === 'body'
    ? (data: unknown) => ({ value: data })
    : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]);

/**
 * The one file of a multipart request, read into memory up to the size limit. The stream stops at the
 * limit, so an oversized file is refused (413) without ever being held whole, let alone stored.
 */
export async function readSingleFile(request: FastifyRequest, maxBytes: number) {
  if (!request.isMultipart())
    throw invalidField('file', 'send the file as multipart/form-data, in a field named file');
  let upload: { fileName: string; content: Buffer } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== 'file') throw invalidField('file', 'is required (a form field named file)');
      upload = { fileName: part.filename, content: await part.toBuffer() };
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge(maxBytes);
    if (code === 'FST_FILES_LIMIT') throw invalidField('file', 'send one file at a time');
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
      throw invalidField('file', 'send only the file');
    throw error;
  }
  if (!upload) throw invalidField('file', 'is required (a form field named file)');
  return upload;
}
