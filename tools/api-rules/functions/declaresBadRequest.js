// An operation that reads input the client can get wrong (a body, or query parameters) must declare
// the 400 it answers when it does. Path parameters alone do not count: a malformed id is a 404 by routing.
export default (operation) => {
  if (operation === null || typeof operation !== 'object') {
    return;
  }
  const takesQuery = (operation.parameters ?? []).some((parameter) => parameter && parameter.in === 'query');
  const takesBody = operation.requestBody !== undefined;
  if ((takesQuery || takesBody) && !(operation.responses && operation.responses['400'])) {
    return [{ message: 'An operation with a request body or query parameters declares its 400 (a problem naming what is wrong).' }];
  }
};
